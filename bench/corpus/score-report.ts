/** Scores one Ripple report against a corpus item's truth: the pure part of the runner. */
import { INTERPOLATED_TABLE, type CorpusItem, type TruthClass } from './corpus-item.js';

export type Mode = 'real' | 'forgotten';

/** One run of one item in one mode. Files are relative to the repository root. */
export interface ItemResult {
  readonly id: string;
  readonly repo: string;
  readonly type: CorpusItem['type'];
  readonly mode: Mode;
  readonly ran: boolean;
  /** Not ran: the first line of Ripple's error (or `timeout after Ns`). */
  readonly error?: string;
  readonly seconds: number;
  /** The item's column edits Ripple reported as changes (dropped, renamed, type-changed), `table.column`. */
  readonly changesFound: readonly string[];
  readonly changesMissed: readonly string[];
  readonly truth: number;
  /** Truth files whose diff names the column, and how many of them were reported. */
  readonly truthMentioning: number;
  readonly foundMentioning: number;
  readonly found: readonly string[];
  readonly missed: readonly string[];
  /** Reported consumer files (code, job, client, api; not db-object) of the item's changes. */
  readonly reported: readonly string[];
  /** Reported files that are not truth: false alarms. */
  readonly extra: readonly string[];
  readonly recall?: number;
  readonly precision?: number;
  /** Negatives, real mode: consumer files reported as forgotten (every one a false alarm). */
  readonly traps: number;
  readonly byClass: Partial<Record<TruthClass, { readonly found: number; readonly total: number }>>;
  readonly diagnostics: number;
  /** The report's diagnostics by code (`migration/...`, `code/unresolved-import`, ...). */
  readonly diagnosticCodes?: Readonly<Record<string, number>>;
}

interface Consumer {
  readonly kind: string;
  readonly file?: string;
  readonly status?: string;
}
export interface Change {
  readonly kind: string;
  readonly table: string;
  readonly column: string;
  /** A column renamed with its table: the table's new name. */
  readonly newTable?: string;
  readonly consumers: readonly Consumer[];
}

const RESTATED_KINDS = new Set(['column-nullability-changed', 'column-default-changed', 'column-constraint-changed']);
const CHANGE_KINDS: Record<string, string> = { 'column-dropped': 'drop', 'column-renamed': 'rename', 'column-type-changed': 'retype' };

/** The pure part: a report against an item's truth. */
export function scoreReport(item: CorpusItem, mode: Mode, report: { changes?: readonly Change[]; diagnostics?: readonly unknown[] }): Omit<ItemResult, 'id' | 'repo' | 'type' | 'mode' | 'ran' | 'seconds'> {
  const relname = (table: string): string => (table.split('.').at(-1) ?? table).replace(/"/g, '').toLowerCase();
  const wanted = new Set(item.changes.map((edit) => `${edit.table.toLowerCase()}.${edit.column.toLowerCase()}`));
  // Knex `.alter()` and Sequelize `changeColumn` restate the whole column: the miner calls them retypes, though the
  // change may be only the nullability, the default or a constraint (`references`, `unique`), so for those edits
  // these changes match too.
  const restated = new Set(item.changes.filter((edit) => edit.kind === 'retype' && edit.via === 'builder').map((edit) => `${edit.table.toLowerCase()}.${edit.column.toLowerCase()}`));
  // A table renamed in the same migration: the miner names its columns by the new name (`renameTable('Cards',
  // 'PaymentMethods')` then `removeColumn('PaymentMethods', 'GroupId')`), the report by the base one.
  const newTables = new Map((report.changes ?? []).flatMap((change) => (change.newTable !== undefined ? [[relname(change.table), relname(change.newTable)] as const] : [])));
  const tableAsLabelled = (change: Change): string => {
    const table = relname(change.table);
    const renamed = newTables.get(table);
    return renamed !== undefined && !wanted.has(`${table}.${change.column.toLowerCase()}`) && !restated.has(`${table}.${change.column.toLowerCase()}`) ? renamed : table;
  };
  // An edit whose table the miner could not read (an interpolated imported const) matches that column of any table.
  const anyTable = new Set(item.changes.filter((edit) => edit.table === INTERPOLATED_TABLE).map((edit) => edit.column.toLowerCase()));
  const matching = (report.changes ?? []).filter((change) => {
    const key = `${tableAsLabelled(change)}.${change.column.toLowerCase()}`;
    return (CHANGE_KINDS[change.kind] !== undefined && (wanted.has(key) || anyTable.has(change.column.toLowerCase()))) || (RESTATED_KINDS.has(change.kind) && restated.has(key));
  });
  const changesFound = [...new Set(matching.map((change) => `${tableAsLabelled(change)}.${change.column}`))].sort();
  const foundKeys = new Set(changesFound.map((key) => key.toLowerCase()));
  const foundColumns = new Set(changesFound.map((key) => key.split('.').at(-1)!.toLowerCase()));
  const changesMissed = [...wanted].filter((key) => !foundKeys.has(key) && !(key.startsWith(`${INTERPOLATED_TABLE}.`) && foundColumns.has(key.slice(INTERPOLATED_TABLE.length + 1)))).sort();
  // In `forgotten` mode a consumer of a drop or rename counts only when flagged forgotten: the head still uses it.
  const counts = (change: Change, consumer: Consumer): boolean =>
    consumer.kind !== 'db-object' && consumer.file !== undefined && (mode === 'real' || !['column-dropped', 'column-renamed'].includes(change.kind) || consumer.status === 'forgotten');
  // A truth file the commit renamed is the same file when the report names it by its base path (a consumer handled).
  const renamedTo = new Map(item.truth.flatMap((truth) => (truth.renamedFrom === undefined ? [] : [[truth.renamedFrom, truth.file] as const])));
  const asTruth = (file: string): string => renamedTo.get(file) ?? file;
  const reported = [...new Set(matching.flatMap((change) => change.consumers.filter((consumer) => counts(change, consumer)).map((consumer) => asTruth(consumer.file!))))].sort();
  const forgotten = new Set(matching.flatMap((change) => change.consumers.filter((consumer) => consumer.status === 'forgotten' && consumer.file !== undefined).map((consumer) => asTruth(consumer.file!))));
  const truthFiles = new Set(item.truth.map((truth) => truth.file));
  const found = item.truth.filter((truth) => reported.includes(truth.file)).map((truth) => truth.file);
  const missed = item.truth.filter((truth) => !reported.includes(truth.file)).map((truth) => truth.file);
  const byClass: Partial<Record<TruthClass, { found: number; total: number }>> = {};
  for (const truth of item.truth) {
    const entry = (byClass[truth.class] ??= { found: 0, total: 0 });
    entry.total++;
    if (reported.includes(truth.file)) entry.found++;
  }
  return {
    changesFound,
    changesMissed,
    truth: item.truth.length,
    truthMentioning: item.truth.filter((truth) => truth.mentionsColumn).length,
    foundMentioning: item.truth.filter((truth) => truth.mentionsColumn && reported.includes(truth.file)).length,
    found,
    missed,
    reported,
    extra: reported.filter((file) => !truthFiles.has(file)),
    // A negative has no truth: the files its commit changed did not use the column, so it has only traps.
    ...(item.type === 'negative' || item.truth.length === 0 ? {} : { recall: found.length / item.truth.length }),
    ...(item.type === 'negative' || reported.length === 0 ? {} : { precision: found.length / reported.length }),
    // In forgotten mode a negative's model still declares the column: flagging it is right, so traps are real-mode only.
    traps: item.type === 'negative' && mode === 'real' ? forgotten.size : 0,
    byClass,
    diagnostics: report.diagnostics?.length ?? 0,
    diagnosticCodes: Object.fromEntries(
      [...(report.diagnostics ?? []).reduce((codes: Map<string, number>, diagnostic) => codes.set(String((diagnostic as { code?: unknown }).code), (codes.get(String((diagnostic as { code?: unknown }).code)) ?? 0) + 1), new Map<string, number>())].sort(),
    ),
  };
}

