import type { Access, ColumnChange, ColumnDetailChange, Level } from '@ripple/model';

/**
 * How much a change matters when something consumes the column: renames and drops break every consumer that
 * still names the column; a type change breaks consumers that parse the value (pg returns numeric as a string);
 * nullability breaks writers (to NOT NULL) or readers that do not expect nulls. A change nothing consumes is info.
 */
export function changeSeverity(change: ColumnChange | ColumnDetailChange, consumerCount: number): Level {
  if (change.kind === 'column-added') return !change.nullable && change.default === undefined ? 'warning' : 'info';
  if (consumerCount === 0) return 'info';
  switch (change.kind) {
    // A new or stricter constraint, a unique index, an identity or a generation rejects writes that worked before.
    case 'column-constraint-changed':
      return change.change === 'dropped' ? 'info' : 'warning';
    case 'column-index-changed':
      return change.index.unique && change.change !== 'dropped' ? 'warning' : 'info';
    case 'column-identity-changed':
    case 'column-generated-changed':
      return 'warning';
    case 'column-dropped':
    case 'column-renamed':
      return 'error';
    case 'column-type-changed':
    case 'column-nullability-changed':
      return 'warning';
    case 'column-default-changed':
      return 'info';
  }
}

/** The one line a reviewer reads next to the column. */
export function changeSummary(change: ColumnChange | ColumnDetailChange): string {
  switch (change.kind) {
    case 'column-constraint-changed':
      return `${change.constraint.kind} constraint ${change.constraint.name} ${change.change}${change.to !== undefined ? `: ${change.to}` : ''}`;
    case 'column-index-changed':
      return `${change.index.unique ? 'unique index' : 'index'} ${change.index.schema}.${change.index.name} ${change.change}`;
    case 'column-identity-changed':
      return change.to === undefined ? 'no longer an identity column' : `identity ${change.from ? `changed from ${change.from} to ` : 'added: generated '}${change.to}`;
    case 'column-generated-changed':
      return change.to === undefined ? 'no longer generated' : `now generated (${change.to.kind}): ${change.to.expression}`;
    case 'column-added':
      return `added (${change.type}${change.nullable ? '' : ' not null'}${change.default !== undefined ? ` default ${change.default}` : ''})`;
    case 'column-dropped':
      return change.tableDropped ? 'dropped with its table' : 'dropped';
    case 'column-renamed':
      if (change.newTable !== undefined && change.newName === change.column.column) return `table renamed to ${change.newTable}`;
      return change.how === 'drop-and-add'
        ? `probably renamed to ${change.newName} (dropped and re-added: the data is lost)`
        : `renamed to ${change.newTable !== undefined ? `${change.newTable}.` : ''}${change.newName}`;
    case 'column-type-changed':
      return `type changed from ${change.from} to ${change.to}`;
    case 'column-nullability-changed':
      return change.nullable ? 'now nullable' : 'now NOT NULL';
    case 'column-default-changed':
      return `default changed from ${change.from ?? 'none'} to ${change.to ?? 'none'}`;
  }
}

const ALL: readonly Access[] = ['definition', 'read', 'write', 'filter', 'order'];
const WRITERS: readonly Access[] = ['write'];
const NONE: readonly Access[] = [];
const DECLARATIONS: readonly Access[] = ['definition'];
const DECLARATIONS_AND_WRITERS: readonly Access[] = ['definition', 'write'];

/**
 * Which code usages of the column a change can break, by access. A drop, rename or type change breaks every usage,
 * except a type widened in place (`isWidening`): every value reads back the same, every write that fit still fits, so
 * only the declarations restating the type (`DataTypes.STRING(255)`, `@Column({ length: 255 })`) are its consumers.
 * A string narrowed (`isTextNarrowing`: `text` to `varchar(20)`) keeps every value it keeps as it was (PostgreSQL
 * rejects the change if one does not fit): its consumers are the declarations and the writers, whose next value may
 * not fit. A string made case-insensitive or back (`isCaseSwitch`: `text` to `citext`) reads back the same, but
 * compares, sorts and collides (a unique index) another way: declarations, writers, filters and orders (the join keeps
 * the writers only when the base keeps the column unique).
 * To NOT NULL breaks writers (an insert that leaves it out) and the declaration; to nullable breaks readers that
 * never saw a null. A constraint, unique index, primary key, identity or generation that is added or changed only
 * rejects writes: readers, filters and orders are not its consumers (a primary key added on two columns does not
 * make every read of them a consumer). Dropping a unique index, unique constraint or primary key breaks writers
 * whose `ON CONFLICT` names it; dropping any other constraint, and any plain index, breaks no code.
 */
export function consumingAccesses(change: ColumnChange | ColumnDetailChange): readonly Access[] {
  switch (change.kind) {
    case 'column-added':
      return NONE;
    case 'column-dropped':
    case 'column-renamed':
      return ALL;
    case 'column-type-changed':
      if (isWidening(change.from, change.to)) return DECLARATIONS;
      if (isTextNarrowing(change.from, change.to)) return DECLARATIONS_AND_WRITERS;
      if (isCaseSwitch(change.from, change.to)) return ['definition', 'write', 'filter', 'order'];
      return ALL;
    case 'column-nullability-changed':
      return change.nullable ? ['definition', 'read', 'filter', 'order'] : ['definition', 'write'];
    case 'column-default-changed':
      return ['definition', 'write'];
    case 'column-identity-changed':
    case 'column-generated-changed':
      return WRITERS;
    case 'column-constraint-changed':
      if (change.change !== 'dropped') return WRITERS;
      return change.constraint.kind === 'unique' || change.constraint.kind === 'primary-key' ? WRITERS : NONE;
    case 'column-index-changed':
      return change.index.unique ? WRITERS : NONE;
  }
}

const VARCHAR = /^character varying(?:\((\d+)\))?$/;
const NUMERIC = /^numeric(?:\((\d+),(\d+)\))?$/;

/**
 * A type change that keeps every value and its text: `varchar(n)` to a longer `varchar(m)`, to unbounded `varchar`
 * or to `text`; `numeric(p,s)` to a higher precision of the same scale, or to unbounded `numeric`; the same for
 * arrays of them. PostgreSQL does these without a rewrite, and the driver returns the same string. A narrowing
 * (`varchar(255)` to `varchar(64)`, `text` to `varchar`) is not one: a write that fitted may not.
 */
export function isWidening(from: string, to: string): boolean {
  if (from.endsWith('[]') !== to.endsWith('[]')) return false;
  if (from.endsWith('[]')) return isWidening(from.slice(0, -2), to.slice(0, -2));
  const fromVarchar = VARCHAR.exec(from);
  if (fromVarchar) {
    if (to === 'text') return true;
    const toVarchar = VARCHAR.exec(to);
    if (!toVarchar) return false;
    return toVarchar[1] === undefined || (fromVarchar[1] !== undefined && Number(toVarchar[1]) >= Number(fromVarchar[1]));
  }
  const fromNumeric = NUMERIC.exec(from);
  const toNumeric = NUMERIC.exec(to);
  if (!fromNumeric || !toNumeric || fromNumeric[1] === undefined) return false;
  return toNumeric[1] === undefined || (toNumeric[2] === fromNumeric[2] && Number(toNumeric[1]) >= Number(fromNumeric[1]));
}

const STRING = /^(?:text|character varying(?:\((\d+)\))?)$/;

/**
 * A string type narrowed to a bounded `varchar`: `text`, unbounded `varchar` or a longer `varchar(m)` to `varchar(n)`,
 * arrays of them too. The driver returns the same string for every value that stays. Not `char(n)`, which pads.
 */
export function isTextNarrowing(from: string, to: string): boolean {
  if (from.endsWith('[]') !== to.endsWith('[]')) return false;
  if (from.endsWith('[]')) return isTextNarrowing(from.slice(0, -2), to.slice(0, -2));
  const before = STRING.exec(from);
  const after = /^character varying\((\d+)\)$/.exec(to);
  if (!before || !after) return false;
  return before[1] === undefined || Number(after[1]) < Number(before[1]);
}

const CITEXT = /^(?:[a-z_][a-z0-9_]*\.)?citext$/;

/** `text` or `varchar` to `citext`, or back (arrays too): the same strings, compared another way. */
export function isCaseSwitch(from: string, to: string): boolean {
  if (from.endsWith('[]') !== to.endsWith('[]')) return false;
  if (from.endsWith('[]')) return isCaseSwitch(from.slice(0, -2), to.slice(0, -2));
  return (CITEXT.test(to) && STRING.test(from)) || (CITEXT.test(from) && STRING.test(to));
}

const DATE_TIME = /^(?:timestamp(?:\(\d\))? with(?:out)? time zone|date)$/;

/**
 * A type change between `timestamp`, `timestamptz` (any precision) and `date`: the driver and the ORMs give a `Date`
 * for each, so a declaration in code that states the value's type (`@Field() createdOn: Date`, a DTO's `expiresOn?:
 * Date`) states the same after it, and code found by name only or on a model-typed value with no query at it (a test's
 * row typed as the model, a read of one, a mocked client call's rows) handles a `Date` before and after. The ORM's own
 * declaration of the column (`@db.Timestamptz(3)`, `@Column('timestamp')`) restates the database type, and the queries
 * (a filter, an order, a write through the ORM) compare, sort and store by it: those stay consumers.
 */
export function keepsDateType(from: string, to: string): boolean {
  return DATE_TIME.test(from) && DATE_TIME.test(to);
}
