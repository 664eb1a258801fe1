import type { ColumnSnapshot, ConstraintSnapshot, SchemaSnapshot, TableSnapshot } from '@ripple/model';
import { typeCatalog, type TypeCatalog } from '../introspect/type-catalog.js';
import { finiteValues, hashString, quoteIdent, resolveType, type SampleType } from './sample-values.js';

/**
 * How the sample fills one table: the columns it writes and how each gets its values, the CHECKs its rows must pass
 * (a WHERE on the generated rows), its foreign keys (set at insert, or after every table when they close a cycle),
 * and the key columns its children read back. Pure: `planSample` folds a snapshot into it.
 */
export interface TablePlan {
  /** `public.customers` */
  readonly key: string;
  readonly table: TableSnapshot;
  /** `"public"."customers"` */
  readonly sqlName: string;
  readonly columns: readonly ColumnPlan[];
  /** Predicates a row must not make false: the table's CHECKs over written columns, its domains' CHECKs. */
  readonly checks: readonly string[];
  readonly foreignKeys: readonly ForeignKeyPlan[];
  /** Nullable foreign keys of a cycle (or to the table itself): NULL at insert, set by UPDATE once every table has rows. */
  readonly deferred: readonly ForeignKeyPlan[];
  /** UNIQUE sets made only of few-valued columns and foreign keys: their rows walk the combinations (mixed radix). */
  readonly combinations: readonly Combination[];
  /** Column lists other tables' foreign keys reference: read back from the insert (`RETURNING`). */
  readonly referenced: readonly (readonly string[])[];
  /** Why the table gets no rows, when it gets none. */
  readonly skipped?: string;
}

export type ColumnPlan =
  | { readonly name: string; readonly source: 'distinct' | 'drawn'; readonly type: SampleType; readonly nullable: boolean; readonly hash: number }
  | { readonly name: string; readonly source: 'null'; readonly type: SampleType }
  /** Set by the foreign key `foreignKeys[index]` (or a deferred one: NULL at insert). */
  | { readonly name: string; readonly source: 'foreign-key'; readonly type: SampleType; readonly cast: string }
  /** A few-valued column of `combinations[combination]`. */
  | { readonly name: string; readonly source: 'combination'; readonly type: SampleType; readonly combination: number; readonly values: readonly string[] };

export interface ForeignKeyPlan {
  readonly name: string;
  readonly columns: readonly string[];
  /** The type each column's literal is cast to, as the column prints it. */
  readonly casts: readonly string[];
  /** `public.customers` */
  readonly parent: string;
  readonly parentColumns: readonly string[];
  /** Every column nullable: a share of rows leaves it NULL. */
  readonly nullable: boolean;
  /** Part of a combination: walks the parent's rows instead of drawing them. */
  readonly combination?: number;
  readonly hash: number;
}

/** A UNIQUE set of few-valued columns and foreign keys, in order; a row's index picks one combination. */
export interface Combination {
  readonly members: readonly ({ readonly kind: 'values'; readonly column: string; readonly values: readonly string[] } | { readonly kind: 'foreign-key'; readonly index: number })[];
  /** The constraint or index, as a diagnostic names it. */
  readonly name: string;
}

export interface SamplePlan {
  /** Parents before children (Tarjan's order over foreign keys), ties by name. */
  readonly tables: readonly TablePlan[];
}

/** The plan of every table of the snapshot that can hold rows (partitions fill through their parent). */
export function planSample(snapshot: SchemaSnapshot): SamplePlan {
  const catalog = typeCatalog(snapshot);
  const tables = snapshot.tables.filter((table) => table.kind !== 'foreign-table' && table.partitionOf === undefined);
  const byKey = new Map(tables.map((table) => [`${table.schema}.${table.name}`, table]));
  const constraintsOf = groupBy(snapshot.constraints, (constraint) => `${constraint.schema}.${constraint.table}`);
  const uniqueIndexesOf = groupBy(
    snapshot.indexes.filter((index) => index.unique && index.predicate === undefined && index.columns.every((column) => column !== null)),
    (index) => `${index.schema}.${index.table}`,
  );
  const foreignKeysOf = new Map<string, ConstraintSnapshot[]>();
  for (const [key, constraints] of constraintsOf) {
    // Composite keys first: a column two keys share takes its value from the wider one (tenant_id of (tenant_id, user_id)).
    const keys = constraints.filter((constraint) => constraint.kind === 'foreign-key' && constraint.references !== undefined && constraint.references.columns.length === constraint.columns.length);
    foreignKeysOf.set(key, keys.sort((a, b) => b.columns.length - a.columns.length || compare(a.name, b.name)));
  }
  const referenced = new Map<string, Map<string, readonly string[]>>();
  for (const keys of foreignKeysOf.values()) {
    for (const key of keys) {
      const parent = `${key.references!.schema}.${key.references!.table}`;
      const lists = referenced.get(parent) ?? new Map<string, readonly string[]>();
      lists.set(key.references!.columns.join('\0'), key.references!.columns);
      referenced.set(parent, lists);
    }
  }
  const order = orderByForeignKeys([...byKey.keys()].sort(compare), (key) => (foreignKeysOf.get(key) ?? []).map((fk) => ({ parent: `${fk.references!.schema}.${fk.references!.table}`, nullable: fkNullable(byKey.get(key)!, fk) })).filter((edge) => byKey.has(edge.parent)));
  return {
    tables: order.map(({ key, deferredParents, skipped }) => {
      const table = byKey.get(key)!;
      const uniqueSets = [
        ...(constraintsOf.get(key) ?? []).filter((constraint) => constraint.kind === 'primary-key' || constraint.kind === 'unique').map((constraint) => ({ name: constraint.name, columns: constraint.columns })),
        ...(uniqueIndexesOf.get(key) ?? []).map((index) => ({ name: index.name, columns: index.columns as readonly string[] })),
      ];
      return planTable(key, table, catalog, foreignKeysOf.get(key) ?? [], deferredParents, uniqueSets, (constraintsOf.get(key) ?? []).filter((constraint) => constraint.kind === 'check'), [...(referenced.get(key)?.values() ?? [])], skipped);
    }),
  };
}

function planTable(
  key: string,
  table: TableSnapshot,
  catalog: TypeCatalog,
  foreignKeys: readonly ConstraintSnapshot[],
  deferredParents: ReadonlySet<string>,
  uniqueSets: readonly { readonly name: string; readonly columns: readonly string[] }[],
  checkConstraints: readonly ConstraintSnapshot[],
  referenced: readonly (readonly string[])[],
  cycleSkip: string | undefined,
): TablePlan {
  const sqlName = `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;
  const written = table.columns.filter((column) => !leftToDatabase(column));
  const byName = new Map(written.map((column) => [column.name, column]));
  const ownChecks = groupBy(checkConstraints.filter((check) => check.columns.length === 1), (check) => check.columns[0]!);
  const resolved = new Map(written.map((column) => [column.name, resolveType(column.type, column.name, catalog, (ownChecks.get(column.name) ?? []).map((check) => check.definition))]));
  let skipped = cycleSkip;
  // Foreign keys: each column from the first (widest) key naming it.
  const fkPlans: ForeignKeyPlan[] = [];
  const deferred: ForeignKeyPlan[] = [];
  const fkColumn = new Map<string, string>();
  for (const fk of foreignKeys) {
    if (fk.columns.every((column) => fkColumn.has(column))) continue;
    if (fk.columns.some((column) => !byName.has(column))) continue; // a generated column in the key: left to the database
    const parent = `${fk.references!.schema}.${fk.references!.table}`;
    const nullable = fkNullable(table, fk);
    const plan: ForeignKeyPlan = { name: fk.name, columns: fk.columns, casts: fk.columns.map((column) => byName.get(column)!.type), parent, parentColumns: fk.references!.columns, nullable, hash: hashString(`${key}.${fk.name}`) };
    for (const column of fk.columns) if (!fkColumn.has(column)) fkColumn.set(column, fk.name);
    if (deferredParents.has(parent) && nullable) deferred.push(plan);
    else if (parent === key) skipped ??= `its NOT NULL foreign key ${fk.name} references the table itself: the first row has no row to reference`;
    else fkPlans.push(plan);
  }
  // UNIQUE sets: a distinct column makes the set unique; a set of only few-valued columns and keys walks combinations.
  const distinct = new Set<string>();
  const combinations: Combination[] = [];
  const inCombination = new Map<string, number>();
  const fkIndex = (name: string) => fkPlans.findIndex((plan) => plan.name === name);
  for (const set of uniqueSets) {
    if (set.columns.some((column) => !byName.has(column))) continue; // an identity or serial column: distinct already
    if (set.columns.some((column) => distinct.has(column) || inCombination.has(column))) continue;
    // A column of a type the sample cannot write is NULL (never equal) or its default (ON CONFLICT drops repeats).
    if (set.columns.some((column) => !fkColumn.has(column) && resolved.get(column)!.type.kind === 'unknown')) continue;
    const open = set.columns.find((column) => !fkColumn.has(column) && finiteValues(resolved.get(column)!.type) === undefined);
    if (open !== undefined) {
      distinct.add(open);
      continue;
    }
    const members: Combination['members'][number][] = [];
    for (const column of set.columns) {
      const fk = fkColumn.get(column);
      if (fk === undefined) members.push({ kind: 'values', column, values: finiteValues(resolved.get(column)!.type) ?? [] });
      else if (fkIndex(fk) >= 0 && !members.some((member) => member.kind === 'foreign-key' && member.index === fkIndex(fk))) members.push({ kind: 'foreign-key', index: fkIndex(fk) });
    }
    for (const column of set.columns) inCombination.set(column, combinations.length);
    combinations.push({ name: set.name, members });
  }
  const foreignKeyPlans = fkPlans.map((plan, index) => {
    const member = combinations.findIndex((combination) => combination.members.some((item) => item.kind === 'foreign-key' && item.index === index));
    return member >= 0 ? { ...plan, combination: member } : plan;
  });
  const columns: ColumnPlan[] = [];
  const checks: string[] = [];
  for (const column of written) {
    const { type, notNull, checks: domainChecks } = resolved.get(column.name)!;
    const nullable = column.nullable && !notNull;
    if (type.kind !== 'unknown') checks.push(...domainChecks);
    const combination = inCombination.get(column.name);
    if (fkColumn.has(column.name)) columns.push({ name: column.name, source: 'foreign-key', type, cast: column.type });
    else if (combination !== undefined) columns.push({ name: column.name, source: 'combination', type, combination, values: finiteValues(type) ?? [] });
    else if (type.kind === 'unknown') {
      if (nullable) columns.push({ name: column.name, source: 'null', type });
      else if (column.default === undefined) skipped ??= `column ${column.name} has type ${column.type}, which the sample cannot generate, and is NOT NULL without a default`;
      // NOT NULL with a default: left to the default.
    } else columns.push({ name: column.name, source: distinct.has(column.name) ? 'distinct' : 'drawn', type, nullable, hash: hashString(`${key}.${column.name}`) });
  }
  const writtenNames = new Set(columns.map((column) => column.name));
  for (const check of checkConstraints) {
    if (check.columns.length > 0 && check.columns.every((column) => writtenNames.has(column))) checks.push(check.definition.replace(/^CHECK\s*/i, '').replace(/\s+NOT VALID$/i, '').replace(/\s+NO INHERIT$/i, ''));
  }
  return {
    key,
    table,
    sqlName,
    columns,
    checks,
    foreignKeys: foreignKeyPlans,
    deferred,
    combinations,
    referenced,
    ...(skipped !== undefined ? { skipped } : {}),
  };
}

/** Identity, generated and serial (`nextval`) columns: the database fills them. */
function leftToDatabase(column: ColumnSnapshot): boolean {
  return column.identity !== undefined || column.generated !== undefined || (column.default !== undefined && /^nextval\(/.test(column.default));
}

function fkNullable(table: TableSnapshot, fk: ConstraintSnapshot): boolean {
  return fk.columns.every((name) => table.columns.find((column) => column.name === name)?.nullable !== false);
}

interface Edge {
  readonly parent: string;
  readonly nullable: boolean;
}

interface Ordered {
  readonly key: string;
  /** Parents in the same strongly connected component (the table itself included): their nullable keys are set later. */
  readonly deferredParents: ReadonlySet<string>;
  readonly skipped?: string;
}

/**
 * Tables with parents first: Tarjan's strongly connected components (iterative, linear in tables and keys) come out
 * parents first. In a component of several tables (a cycle), nullable keys inside it are set after every table has
 * rows; the tables are ordered by the NOT NULL keys inside it (Kahn), and tables whose NOT NULL keys still form a
 * cycle get no rows.
 */
export function orderByForeignKeys(keys: readonly string[], edgesOf: (key: string) => readonly Edge[]): Ordered[] {
  const edges = new Map(keys.map((key) => [key, [...edgesOf(key)].sort((a, b) => compare(a.parent, b.parent))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of keys) {
    if (index.has(root)) continue;
    const work: { key: string; next: number }[] = [{ key: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = edges.get(frame.key) ?? [];
      if (frame.next < out.length) {
        const parent = out[frame.next]!.parent;
        frame.next += 1;
        if (!index.has(parent)) {
          index.set(parent, counter);
          low.set(parent, counter);
          counter += 1;
          stack.push(parent);
          onStack.add(parent);
          work.push({ key: parent, next: 0 });
        } else if (onStack.has(parent)) low.set(frame.key, Math.min(low.get(frame.key)!, index.get(parent)!));
        continue;
      }
      work.pop();
      const caller = work[work.length - 1];
      if (caller) low.set(caller.key, Math.min(low.get(caller.key)!, low.get(frame.key)!));
      if (low.get(frame.key) === index.get(frame.key)) {
        const component: string[] = [];
        for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
          onStack.delete(member);
          component.push(member);
          if (member === frame.key) break;
        }
        components.push(component.sort(compare));
      }
    }
  }
  return components.flatMap((component) => orderComponent(component, edges));
}

function orderComponent(component: readonly string[], edges: ReadonlyMap<string, readonly Edge[]>): Ordered[] {
  const members = new Set(component);
  if (component.length === 1) return [{ key: component[0]!, deferredParents: members }];
  // Kahn over the NOT NULL keys inside the component.
  const waiting = new Map(component.map((key) => [key, new Set((edges.get(key) ?? []).filter((edge) => !edge.nullable && members.has(edge.parent) && edge.parent !== key).map((edge) => edge.parent))]));
  const children = new Map<string, string[]>();
  for (const [key, parents] of waiting) {
    for (const parent of parents) {
      const list = children.get(parent);
      if (list) list.push(key);
      else children.set(parent, [key]);
    }
  }
  const ready = component.filter((key) => waiting.get(key)!.size === 0);
  const ordered: Ordered[] = [];
  for (let at = 0; at < ready.length; at += 1) {
    const next = ready[at]!;
    ordered.push({ key: next, deferredParents: members });
    for (const child of children.get(next) ?? []) {
      const parents = waiting.get(child)!;
      parents.delete(next);
      if (parents.size === 0) ready.push(child);
    }
  }
  const stuck = component.filter((key) => waiting.get(key)!.size > 0);
  for (const key of stuck) {
    ordered.push({ key, deferredParents: members, skipped: `its NOT NULL foreign keys form a cycle with ${stuck.filter((other) => other !== key).join(', ')}: no table of it can get a first row` });
  }
  return ordered;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
