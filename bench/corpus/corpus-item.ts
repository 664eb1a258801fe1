/** The shape of `items.json`: what the miner writes and the runner reads. */

export type ChangeKind = 'drop' | 'rename' | 'retype';

/** The table of an edit whose SQL interpolates a name the miner cannot read (an imported const): scoring matches any table. */
export const INTERPOLATED_TABLE = 'interpolated_table';

/** The classes recall is broken down by (see README, "Truth classes"). */
export const TRUTH_CLASSES = ['model', 'data-access', 'service', 'contract', 'openapi', 'client', 'ui', 'test'] as const;
export type TruthClass = (typeof TRUTH_CLASSES)[number];

export interface ColumnEdit {
  readonly table: string;
  readonly column: string;
  readonly kind: ChangeKind;
  /** Renames: the new name. */
  readonly to?: string;
  /** The migration file that makes it. */
  readonly migration: string;
  /** How the miner read it: `sql` (libpg-query on the file or on SQL strings in code) or `builder` (a known call). */
  readonly via: 'sql' | 'builder';
}

export interface TruthFile {
  readonly file: string;
  readonly class: TruthClass;
  /** The commit's diff of this file names the column (as written, or in camelCase / snake_case). */
  readonly mentionsColumn: boolean;
  /** The file's path in the parent, when the commit renamed it (`git diff -M`): a report naming that path names it. */
  readonly renamedFrom?: string;
}

export interface ExcludedFile {
  readonly file: string;
  readonly reason: 'vendored' | 'migration' | 'other-database' | 'lockfile' | 'changelog' | 'translation' | 'docs' | 'out-of-scope-type';
}

export interface CorpusItem {
  /** `<repo>-<commit 10>`, stable. */
  readonly id: string;
  /** `owner/name`. */
  readonly repo: string;
  readonly orm: string;
  readonly commit: string;
  readonly parent: string;
  readonly subject: string;
  readonly date: string;
  /** The config (file name under configs/) the runner copies to `ripple.config.json`. */
  readonly config: string;
  readonly migrations: readonly string[];
  readonly changes: readonly ColumnEdit[];
  /** `positive`: the commit changes consumers; `negative`: a contract-phase drop, no consumer left anywhere. */
  readonly type: 'positive' | 'negative';
  readonly truth: readonly TruthFile[];
  readonly excluded: readonly ExcludedFile[];
}

export interface DroppedCandidate {
  readonly repo: string;
  readonly commit: string;
  readonly subject: string;
  readonly reason: string;
}

export interface Corpus {
  readonly generatedFrom: readonly { readonly repo: string; readonly head: string; readonly commits: number; readonly from: string; readonly to: string }[];
  readonly items: readonly CorpusItem[];
  readonly dropped: readonly DroppedCandidate[];
}
