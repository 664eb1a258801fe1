import {
  formatColumnRef,
  formatTableRef,
  IMPACT_REPORT_SCHEMA_VERSION,
  type ApiChange,
  type ApiEndpoint,
  type ApiFlow,
  type ColumnChange,
  type ColumnDetailChange,
  type ColumnDependency,
  type Consumer,
  type ConsumerStatus,
  type Diagnostic,
  type Finding,
  type ImpactedChange,
  type ImpactReport,
  type SchemaSnapshot,
  type Usage,
} from '@ripple/model';
import type { ServiceApiField } from './api-fields-for-column.js';
import { apiConsumersOfColumn } from './api-consumers-of-column.js';
import { contractChangesAt, linkContracts } from './link-contracts.js';
import { CONTRACT_TYPE_ADAPTER, isTestFile, placeOf } from '@ripple/code-scan';
import { changeSeverity, changeSummary, consumingAccesses, isCaseSwitch, keepsDateType } from './change-severity.js';
import { isRestatedUniqueness, isUniqueColumn } from './restated-uniqueness.js';
import { ENUM_TYPE_ADAPTER, removedEnumLabels } from './enum-labels.js';
import { sortImpactReport } from './sort-impact-report.js';
import { clientConsumersJoin, type ClientInputs } from './client-consumers.js';

/** Everything the join needs, already loaded. */
export interface ImpactInputs extends ClientInputs {
  /** Column changes, and changes to a column's identity, generation, constraints or indexes. */
  readonly changes: readonly (ColumnChange | ColumnDetailChange)[];
  /** The schema before the change: its dependencies are the database consumers. */
  readonly baseSchema: SchemaSnapshot;
  /** Code and job usages in the base tree, of columns as named in the base schema. */
  readonly usages: readonly Usage[];
  /**
   * Usages in the head tree (columns still named as in the base schema). A consumer of a dropped or renamed
   * column found here is `forgotten`; one found only in the base tree is `handled`. Without it, the base usages
   * are the head's too (one tree: the code as it will run).
   */
  readonly headUsages?: readonly Usage[];
  /** Fields of the base API descriptions. */
  readonly apiFields: readonly ServiceApiField[];
  /** Columns followed by data flow into routes (code-scan, base tree): the api consumers with evidence. */
  readonly apiFlows?: readonly ApiFlow[];
  /** The routes code declares (base tree): a spec field whose feed they know is no name match. */
  readonly endpoints?: readonly ApiEndpoint[];
  readonly apiChanges: readonly ApiChange[];
  /**
   * The base spec files diffed against a head description (every file a description split over files spans): an api
   * consumer at one of their fields whose head keeps the field is `preserved` for a renamed column and `forgotten`
   * for a dropped one (`linkContracts`). Without it, only changed contracts are linked.
   */
  readonly diffedSpecs?: readonly string[];
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
  /**
   * For a type change that removes enum labels (`removedEnumLabels`), by `schema.table.column`: the files that name
   * one of them. Only those, and the declarations, are its code consumers; without an entry, every consumer is.
   */
  readonly enumLabelFiles?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Writes (`file:line:column`) whose value can never be null or undefined (`{ email: 'a@b.co' }`): a column made NOT
   * NULL, or whose default changes, does not break them, so they are not its consumers. Without it, every write is.
   */
  readonly nonNullWrites?: ReadonlySet<string>;
  /**
   * Files byte-identical in the base and head trees. A base usage in one that the head's scan no longer finds was not
   * handled by the change (nobody edited it): what it resolved through changed elsewhere (a model attribute made
   * `VIRTUAL`, a type it was named by), so it is no `handled` consumer. Without it, every such usage is.
   */
  readonly unchangedFiles?: ReadonlySet<string>;
  /**
   * Where the head's code reads a property its model no longer has (`file:line:column`, code-scan's `missingMembers`).
   * A base usage in an unchanged file that the head lost there is `forgotten`: the code still reads the field the
   * change took off the model (a Prisma or drizzle field dropped with its column while a reader was left alone).
   */
  readonly headMissingMembers?: ReadonlySet<string>;
  /** `migrations` when code and APIs were not scanned: severities then assume every column is used. */
  readonly scope?: 'migrations';
}

/**
 * Joins column changes with every consumer of each changed column: database objects, code, api operations (linked to
 * the head description's changes), then the in-repo clients of those operations. Pure and deterministic.
 */
export function buildImpactReport(inputs: ImpactInputs): ImpactReport {
  const { changes, apiChanges } = linkContracts(
    inputs.changes.map((change) => impactOf(change, inputs)),
    inputs.apiChanges,
    new Set(inputs.diffedSpecs),
  );
  return sortImpactReport({
    schemaVersion: IMPACT_REPORT_SCHEMA_VERSION,
    changes: changes.map(clientConsumersJoin(inputs)),
    apiChanges,
    findings: inputs.findings,
    diagnostics: inputs.diagnostics,
    ...(inputs.scope !== undefined ? { scope: inputs.scope } : {}),
  });
}

function impactOf(change: ColumnChange | ColumnDetailChange, inputs: ImpactInputs): ImpactedChange {
  const column = change.column;
  const consumers =
    change.kind === 'column-added'
      ? []
      : dedupeConsumers([
          ...inputs.baseSchema.dependencies
            .filter((dependency) => dependency.schema === column.schema && dependency.table === column.table && dependency.column === column.column)
            .filter((dependency) => breaksOn(change, dependency))
            .map(dbObjectConsumer),
          ...codeConsumers(change, inputs),
          ...contractConsumers(change, inputs),
        ]);
  return {
    id: `${change.kind}:${formatColumnRef(column)}${detailObject(change)}`,
    kind: change.kind,
    table: formatTableRef(column),
    column: column.column,
    severity: changeSeverity(change, inputs.scope === 'migrations' ? Math.max(consumers.length, 1) : consumers.length),
    summary: changeSummary(change),
    ...(change.migration ? { migration: change.migration } : {}),
    ...(change.kind === 'column-renamed' ? { newColumn: change.newName, ...(change.newTable !== undefined ? { newTable: change.newTable } : {}) } : {}),
    ...(change.kind === 'column-type-changed' ? { from: change.from, to: change.to } : {}),
    consumers,
  };
}

/**
 * The api consumers of the changed column. Between timestamp, timestamptz and date the value an API serves or takes is
 * a `Date` before and after, written as the same JSON string: an operation is a consumer only where the head
 * description changes the field (a `format: date` made `date-time`), and is then tied to that change.
 */
function contractConsumers(change: ColumnChange | ColumnDetailChange, inputs: ImpactInputs): Consumer[] {
  const consumers = apiConsumersOfColumn(change.column, inputs);
  if (change.kind !== 'column-type-changed' || !keepsDateType(change.from, change.to)) return consumers;
  return consumers.filter((consumer) => contractChangesAt(consumer, inputs.apiChanges));
}

/**
 * Whether a database object depending on the column breaks with the change. A rename in place (`RENAME COLUMN`, or of
 * its table) is followed by every object PostgreSQL records by column number: views and materialized views (they keep
 * serving the column under its old name), indexes, constraints, policies, defaults, generated columns, a trigger's
 * `UPDATE OF` and `WHEN`, SQL-standard function bodies. A function or trigger function whose body names the column
 * breaks. Any other change (a drop, a type change, a rename that drops and re-adds) reaches every dependent.
 */
function breaksOn(change: ColumnChange | ColumnDetailChange, dependency: ColumnDependency): boolean {
  return change.kind !== 'column-renamed' || change.how === 'drop-and-add' || dependency.source === 'function-body';
}

/** A column can have several constraint or index changes: their ids name the object (`:customers_email_key`). */
function detailObject(change: ColumnChange | ColumnDetailChange): string {
  if (change.kind === 'column-constraint-changed') return `:${change.constraint.name}`;
  if (change.kind === 'column-index-changed') return `:${change.index.name}`;
  return '';
}

export function dbObjectConsumer(dependency: ColumnDependency): Consumer {
  return { kind: 'db-object', object: `${dependency.object.kind} ${dependency.object.schema}.${dependency.object.name}` };
}

/**
 * Code, job and test consumers: every head-tree usage of the column whose access the change can break
 * (`consumingAccesses`); for a dropped or renamed column each is `forgotten`, and base-tree usages the head no
 * longer has are `handled`, as are those naming a label an enum loses (`enumLabelFiles`).
 */
function codeConsumers(change: ColumnChange | ColumnDetailChange, inputs: ImpactInputs): Consumer[] {
  // A unique constraint or index the base already enforces on the same columns (Sequelize's `changeColumn` with
  // `unique: true` adds `users_email_key1` next to `users_email_key`) rejects no write the base accepted.
  if (isRestatedUniqueness(change, inputs.baseSchema)) return [];
  const accesses = new Set(consumingAccesses(change));
  // A string made case-insensitive collides with another write only under a unique constraint or index.
  if (change.kind === 'column-type-changed' && isCaseSwitch(change.from, change.to) && !isUniqueColumn(change.column, inputs.baseSchema)) accesses.delete('write');
  // An enum that loses labels breaks the code that names one of them, not every reader of the values that stay.
  const namingLabels = removedEnumLabels(change) && inputs.enumLabelFiles?.get(formatColumnRef(change.column));
  // ... and not a declaration typed with the enum itself (`type?: ActivityType`, found by that type): it names no label,
  // and the generated client gives it the labels that stay. The schema's and the DTOs' declarations are consumers.
  const declaresLabels = (usage: Usage): boolean => usage.access === 'definition' && usage.adapter !== ENUM_TYPE_ADAPTER;
  // SET NOT NULL rejects only a null, and a default fills only a value left out: a write of a literal or a template is
  // neither.
  const onValues = (change.kind === 'column-nullability-changed' && !change.nullable) || change.kind === 'column-default-changed';
  const writesValue = (usage: Usage): boolean =>
    onValues && usage.access === 'write' && inputs.nonNullWrites?.has(placeOf(usage.location)) === true;
  // Between timestamp, timestamptz and date the value stays a `Date`: a declaration that states the value's type (found
  // by name or by flow, not the ORM's own) keeps stating it, and a usage found by name only or on a model-typed value
  // (a mock row's `createdOn: new Date()`, typed as the model or not; `user.createdOn`) handles a `Date` before and
  // after, with no query between it and the value.
  const restatesDate = change.kind === 'column-type-changed' && keepsDateType(change.from, change.to);
  const statesValueType = (usage: Usage): boolean =>
    restatesDate && (usage.confidence === 'name-match' || usage.onValue === true || (usage.access === 'definition' && usage.adapter === 'flow'));
  // A contract type built from the model (`type AccountWithValue = Account & {...}`, `accounts: Account[]`) carries the
  // column whole: a retype reaches it through the model's type, so only a drop or a rename asks it to change.
  const tracked = change.kind === 'column-dropped' || change.kind === 'column-renamed';
  const carriedWhole = (usage: Usage): boolean => !tracked && usage.adapter === CONTRACT_TYPE_ADAPTER;
  const onColumn = (usage: Usage): boolean =>
    accesses.has(usage.access) &&
    !writesValue(usage) &&
    !statesValueType(usage) &&
    !carriedWhole(usage) &&
    (!namingLabels || declaresLabels(usage) || namingLabels.has(usage.location.file)) &&
    usage.column.schema === change.column.schema &&
    usage.column.table === change.column.table &&
    usage.column.column === change.column.column;
  // `SELECT *` keeps working when a column goes away: for a drop or a rename only code that names the column
  // (SQL or the row's key) is a consumer; for a type change a star read still returns the new type.
  const consumes = tracked ? (usage: Usage): boolean => onColumn(usage) && usage.fromStar !== true : onColumn;
  const inHead = (inputs.headUsages ?? inputs.usages).filter(consumes);
  const consumers = inHead.map((usage) => codeConsumer(usage, tracked ? 'forgotten' : undefined));
  // Base-tree usages the head no longer has were handled: of a dropped or renamed column, or naming a removed label,
  // in a file the change edited.
  if ((tracked || namingLabels) && inputs.headUsages !== undefined) {
    const headPlaces = new Set(inHead.map(placeKey));
    const lost = inputs.usages.filter((usage) => consumes(usage) && !headPlaces.has(placeKey(usage)));
    const unchanged = (usage: Usage): boolean => inputs.unchangedFiles?.has(usage.location.file) === true;
    consumers.push(...lost.filter((usage) => !unchanged(usage)).map((usage) => codeConsumer(usage, 'handled')));
    // Nobody edited the file and it still reads the property its model lost: the change forgot it. So it does where the
    // table went with its model and the head resolves the same place to no column at all: the file still names the
    // model or table the head no longer has (AFFiNE's data migrations' `db.deprecatedUserWorkspacePermission.findMany()`).
    const droppedWhole = change.kind === 'column-dropped' && change.tableDropped === true;
    const resolvedInHead = droppedWhole ? headUsagePlaces(inputs.headUsages) : undefined;
    const forgotten = (usage: Usage): boolean =>
      unchanged(usage) &&
      (inputs.headMissingMembers?.has(placeOf(usage.location)) === true || (usage.confidence !== 'name-match' && resolvedInHead?.has(placeOf(usage.location)) === false));
    consumers.push(...lost.filter(forgotten).map((usage) => codeConsumer(usage, 'forgotten')));
  }
  return consumers;
}

const usagePlaces = new WeakMap<readonly Usage[], ReadonlySet<string>>();

/** The places (`file:line:column`) where the head's scan resolved any column: once per report. */
function headUsagePlaces(usages: readonly Usage[]): ReadonlySet<string> {
  let places = usagePlaces.get(usages);
  if (!places) usagePlaces.set(usages, (places = new Set(usages.map((usage) => placeOf(usage.location)))));
  return places;
}

/** The same place across trees, whose line numbers may differ: file, access, adapter and symbol. */
function placeKey(usage: Usage): string {
  return [usage.location.file, usage.access, usage.adapter, usage.symbol ?? ''].join('\u0000');
}

export function codeConsumer(usage: Usage, status: ConsumerStatus | undefined): Consumer {
  return {
    kind: isTestFile(usage.location.file) ? 'test' : usage.serviceKind === 'job' ? 'job' : 'code',
    file: usage.location.file,
    line: usage.location.line,
    service: usage.service,
    ...(usage.symbol !== undefined ? { symbol: usage.symbol } : {}),
    access: usage.access,
    adapter: usage.adapter,
    ...(status !== undefined ? { status } : {}),
    ...(usage.confidence === 'name-match' ? { confidence: usage.confidence } : {}),
  };
}

/** One consumer per place: the same column read twice on one line by one symbol is one consumer. */
function dedupeConsumers(consumers: readonly Consumer[]): Consumer[] {
  const seen = new Map<string, Consumer>();
  for (const consumer of consumers) {
    const key = [consumer.kind, consumer.file, consumer.line, consumer.access, consumer.symbol, consumer.object, consumer.operation, consumer.pointer].join('\u0000');
    if (!seen.has(key)) seen.set(key, consumer);
  }
  return [...seen.values()];
}

