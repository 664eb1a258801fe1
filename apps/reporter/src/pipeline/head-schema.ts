import { introspectDatabase, loadMigrations, loadSchemaDump, redactDatabaseUrl, rehearseMigrations, snapshotBeforeAndAfter } from '@ripple/db-schema';
import { isRippleError, type Diagnostic, type SchemaSnapshot } from '@ripple/model';
import { CONFIG_FILE, loadConfig } from '../config/load-config.js';
import { migrationLoadOptions, migrationModulesAreData, type RippleConfig } from '../config/ripple-config.js';
import { migrationReadingDiagnostics, splitNewMigrations } from './analyse-repository.js';
import { initialSchemaHistory } from './initial-schema.js';
import { exportSchemaSource, schemaSourceLocation, schemaSourceMigration } from './schema-source.js';

/** The schema a tree's code runs against, where it came from, and what reading it could not do. */
export interface HeadSchema {
  readonly schema: SchemaSnapshot;
  readonly config: RippleConfig | undefined;
  /** `5 migrations in db/migrations`, `the database at postgres://…@host/db`, `no migrations found`. */
  readonly source: string;
  readonly diagnostics: readonly Diagnostic[];
  /** The code modules of other migrations folders are data migrations, scanned as consumers (`migrationModulesAreData`). */
  readonly migrationModulesAreData: boolean;
}

const EMPTY_SCHEMA: SchemaSnapshot = { kind: 'schema-snapshot', schemas: [], tables: [], views: [], indexes: [], constraints: [], dependencies: [] };

/**
 * The schema after every migration (configured or detected) replayed on embedded PGlite (after
 * `migrations.initialSchema`; with `migrations.baseSchema`, the dump and the new migrations only), the schema file's
 * SQL with `migrations.schemaSource`, or a live
 * database read read-only when `databaseUrl` is given; an empty schema when the tree has no migrations. The config, when any.
 */
export async function readHeadSchema(root: string, progress: (message: string) => void, databaseUrl?: string): Promise<HeadSchema> {
  const config = await loadConfig(root).catch((error: unknown) => {
    if (isRippleError(error) && error.code === 'config/not-found') return undefined;
    throw error;
  });
  if (databaseUrl !== undefined) {
    const where = redactDatabaseUrl(databaseUrl);
    progress(`reading the schema from ${where} (read-only)`);
    return { schema: await introspectDatabase(databaseUrl), config, source: `the database at ${where}`, diagnostics: [], migrationModulesAreData: config !== undefined && migrationModulesAreData(config, []) };
  }
  if (config === undefined) {
    progress('no migrations found; columns are resolved without a schema');
    return { schema: EMPTY_SCHEMA, config, source: 'no migrations found', diagnostics: [], migrationModulesAreData: false };
  }
  const source = config.migrations.schemaSource;
  if (source !== undefined) {
    // The schema file is the truth: its tool's SQL, applied on PGlite; the migrations are not read.
    const { migration, diagnostics } = schemaSourceMigration(await exportSchemaSource(root, source, 'given', progress, schemaSourceLocation(config, CONFIG_FILE)), source);
    progress(`applying ${source.schema} (${migration.up.length} statements from ${source.tool}) on embedded PGlite for the schema`);
    const replay = await snapshotBeforeAndAfter([migration], []);
    return { schema: replay.head, config, source: `${source.schema} (${config.schemaSourceDetected ? 'detected: no migrations folder' : 'migrations.schemaSource'}, ${source.tool})`, diagnostics: [...diagnostics, ...replay.diagnostics], migrationModulesAreData: false };
  }
  // Every migration of one tree is history: one the grammar rejects is a warning of the replay, as a base migration
  // of the report is, never the end of the run.
  const migrations = await loadMigrations(root, config.migrations.dir, { ...migrationLoadOptions(config), syntaxErrors: 'report' });
  // A dump that is the base schema stands for the base migrations, as in the report of one tree: the dump, then the
  // migrations the change adds (`migrations.new` or the newest). A dump the history starts from comes first.
  const baseDump = config.migrations.baseSchema === undefined ? undefined : await loadSchemaDump(root, config.migrations.baseSchema);
  const initial = baseDump ? undefined : await initialSchemaHistory(root, config, migrations);
  const replayed = baseDump ? splitNewMigrations(migrations, config).added : (initial?.pending ?? migrations);
  const dumpFile = baseDump ? config.migrations.baseSchema : initial ? config.migrations.initialSchema : undefined;
  progress(`applying ${dumpFile !== undefined ? `${dumpFile} and ` : ''}${replayed.length} migrations on embedded PGlite for the schema`);
  // Tolerant, as the report's replay of base migrations: a statement PostgreSQL refuses is a warning and the replay
  // goes on, so one migration production was patched around does not cost the whole schema. Cached as the report's.
  const replay = await rehearseMigrations(baseDump ? [baseDump.migration, ...replayed] : (initial?.migrations ?? migrations), [], { progress });
  return {
    schema: replay.head,
    config,
    source: baseDump ? `${config.migrations.baseSchema} and ${replayed.length} migrations in ${config.migrations.dir}` : `${migrations.length} migrations in ${config.migrations.dir}`,
    diagnostics: [...replay.diagnostics, ...(baseDump?.diagnostics ?? initial?.diagnostics ?? []), ...migrationReadingDiagnostics(replayed, [])],
    migrationModulesAreData: migrationModulesAreData(config, migrations),
  };
}
