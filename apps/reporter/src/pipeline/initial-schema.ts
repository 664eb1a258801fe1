import { isRecorded, loadSchemaDump, type Migration } from '@ripple/db-schema';
import type { Diagnostic } from '@ripple/model';
import type { RippleConfig } from '../config/ripple-config.js';

/** A history that starts from a dump (`migrations.initialSchema`), as its runner would apply it. */
export interface InitialSchemaHistory {
  /** The dump as one migration, then the base migrations it does not record as applied. */
  readonly migrations: readonly Migration[];
  /** The base migrations replayed on the dump. */
  readonly pending: readonly Migration[];
  /** The dump's own (roles it names) and, when it holds its runner's table, which migrations that table skips. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The configured initial schema and the base migrations on top of it, or `undefined` without one. The migrations the
 * dump records as applied in its runner's table (`SequelizeMeta`, ...) are left out: the runner skips them on the
 * restored dump, and so does the replay, said in one diagnostic. The dump is read from `root`.
 */
export async function initialSchemaHistory(root: string, config: RippleConfig, base: readonly Migration[]): Promise<InitialSchemaHistory | undefined> {
  const file = config.migrations.initialSchema;
  if (file === undefined) return undefined;
  const dump = await loadSchemaDump(root, file);
  const journal = dump.journal;
  if (!journal) return { migrations: [dump.migration, ...base], pending: base, diagnostics: dump.diagnostics };
  const recorded = new Set(base.filter((migration) => isRecorded(journal, migration)));
  const pending = base.filter((migration) => !recorded.has(migration));
  const message =
    recorded.size === 0
      ? `the dump's ${journal.table} records ${journal.applied.size} applied migrations, none of them in ${config.migrations.dir}: every base migration is replayed on it`
      : `${recorded.size} of ${base.length} base migrations are recorded as applied in the dump's ${journal.table} (the last: ${[...recorded].at(-1)?.file}): not replayed, as the runner skips them`;
  const diagnostic: Diagnostic = { kind: 'diagnostic', code: 'schema-dump/migrations-recorded', message, location: { file: dump.migration.file, line: 1 } };
  return { migrations: [dump.migration, ...pending], pending, diagnostics: [...dump.diagnostics, diagnostic] };
}
