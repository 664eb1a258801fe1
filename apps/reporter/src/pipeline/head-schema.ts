import { introspectDatabase, loadMigrations, redactDatabaseUrl, snapshotBeforeAndAfter } from '@ripple/db-schema';
import { isRippleError, type Diagnostic, type SchemaSnapshot } from '@ripple/model';
import { loadConfig } from '../config/load-config.js';
import { migrationLoadOptions, type RippleConfig } from '../config/ripple-config.js';
import { migrationReadingDiagnostics } from './analyse-repository.js';
import { initialSchemaHistory } from './initial-schema.js';

/** The schema a tree's code runs against, where it came from, and what reading it could not do. */
export interface HeadSchema {
  readonly schema: SchemaSnapshot;
  readonly config: RippleConfig | undefined;
  /** `5 migrations in db/migrations`, `the database at postgres://…@host/db`, `no migrations found`. */
  readonly source: string;
  readonly diagnostics: readonly Diagnostic[];
}

const EMPTY_SCHEMA: SchemaSnapshot = { kind: 'schema-snapshot', schemas: [], tables: [], views: [], indexes: [], constraints: [], dependencies: [] };

/**
 * The schema after every migration (configured or detected) replayed on embedded PGlite, or a live database read
 * read-only when `databaseUrl` is given; an empty schema when the tree has no migrations. The config, when any.
 */
export async function readHeadSchema(root: string, progress: (message: string) => void, databaseUrl?: string): Promise<HeadSchema> {
  const config = await loadConfig(root).catch((error: unknown) => {
    if (isRippleError(error) && error.code === 'config/not-found') return undefined;
    throw error;
  });
  if (databaseUrl !== undefined) {
    const where = redactDatabaseUrl(databaseUrl);
    progress(`reading the schema from ${where} (read-only)`);
    return { schema: await introspectDatabase(databaseUrl), config, source: `the database at ${where}`, diagnostics: [] };
  }
  if (config === undefined) {
    progress('no migrations found; columns are resolved without a schema');
    return { schema: EMPTY_SCHEMA, config, source: 'no migrations found', diagnostics: [] };
  }
  const migrations = await loadMigrations(root, config.migrations.dir, migrationLoadOptions(config));
  // The dump the history starts from (older migrations archived) comes first, as in the report.
  const initial = await initialSchemaHistory(root, config, migrations);
  const replayed = initial?.pending ?? migrations;
  progress(`applying ${initial ? `${config.migrations.initialSchema} and ` : ''}${replayed.length} migrations on embedded PGlite for the schema`);
  const replay = await snapshotBeforeAndAfter(initial?.migrations ?? migrations, []);
  return {
    schema: replay.head,
    config,
    source: `${migrations.length} migrations in ${config.migrations.dir}`,
    diagnostics: [...replay.diagnostics, ...(initial?.diagnostics ?? []), ...migrationReadingDiagnostics(replayed, [])],
  };
}
