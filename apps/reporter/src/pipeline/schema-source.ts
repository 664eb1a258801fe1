import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { rehearseMigrations, schemaDumpMigration, type Migration } from '@ripple/db-schema';
import { RippleError, type Diagnostic, type ErrorLocation, type SchemaSnapshot } from '@ripple/model';
import type { RippleConfig, SchemaSourceTool } from '../config/ripple-config.js';
import { exportDrizzleSchema, type SchemaSourceLocation } from './export-drizzle-schema.js';
import { exportPrismaSchema, PRISMA_ENGINE_VERSION } from './export-prisma-schema.js';

/** `migrations.schemaSource`: the schema file a tool turns into SQL, in each tree. */
export interface SchemaSource {
  readonly tool: SchemaSourceTool;
  readonly schema: string;
}

/** How each tool is run, for progress lines and the report: `drizzle-kit export`, Prisma's schema engine. */
const TOOL_DESCRIPTIONS: Readonly<Record<SchemaSourceTool, string>> = {
  'drizzle-kit': "the project's drizzle-kit export",
  prisma: `Prisma's schema engine ${PRISMA_ENGINE_VERSION} (migrate diff --from-empty)`,
};

/**
 * One line for the report's `inputs.schemaSource.reason`: which file, which tool, and who chose it (the config's
 * `migrations.schemaSource`, or detection in a tree with no migrations folder).
 */
export function describeSchemaSource(config: Pick<RippleConfig, 'migrations' | 'schemaSourceDetected'>, configFile: string): string {
  const source = config.migrations.schemaSource!;
  const chosen = config.schemaSourceDetected?.reason ?? `migrations.schemaSource in ${configFile}`;
  return `${source.schema} in the base and head trees, as SQL from ${TOOL_DESCRIPTIONS[source.tool]} (${chosen})`;
}

/** Where errors about the schema source point: the config's key, or the detected schema file when no config named it. */
export function schemaSourceLocation(config: Pick<RippleConfig, 'migrations' | 'schemaSourceDetected'>, configFile: string): ErrorLocation {
  if (config.schemaSourceDetected !== undefined) return { file: config.schemaSourceDetected.source.schema, line: 1 };
  return { file: configFile, pointer: '/migrations/schemaSource' };
}

/**
 * With a detected schema source: one warning that says so, that renames cannot be told from a drop and an add
 * without migrations, and which other declared schemas were found.
 */
export function schemaSourceDetectedDiagnostics(config: Pick<RippleConfig, 'schemaSourceDetected'>): Diagnostic[] {
  const choice = config.schemaSourceDetected;
  if (choice === undefined) return [];
  const others = choice.others.length === 0 ? '' : `; other schemas found: ${choice.others.join(', ')}`;
  return [
    {
      kind: 'diagnostic',
      code: 'schema-source/detected',
      message: `no migrations folder: the base and head schemas come from ${choice.source.schema} (${choice.source.tool}), the schema the project pushes. Without migrations a renamed column cannot be told from one dropped and one added: each such pair is reported as probably renamed when the types match${others}. Set migrations.dir or migrations.schemaSource in ripple.config.json to choose`,
      location: { file: choice.source.schema, line: 1 },
    },
  ];
}

/**
 * The SQL the source's tool writes for the schema file in `tree`. A schema file missing from the tree is a
 * RippleError naming the file and the tree; so are a missing tool and a tool that fails (see the exporters).
 */
export async function exportSchemaSource(tree: string, source: SchemaSource, which: string, progress: (message: string) => void, location: SchemaSourceLocation): Promise<string> {
  if (!(await stat(join(tree, source.schema)).catch(() => undefined))) {
    throw new RippleError('migration/schema-source-missing', `migrations.schemaSource: no ${source.schema} in the ${which} tree (${tree})`, location);
  }
  const options = { tree, schemaPath: source.schema, progress, location };
  return source.tool === 'drizzle-kit' ? exportDrizzleSchema(options) : exportPrismaSchema(options);
}

/**
 * The tool's SQL as one migration, read as a schema dump is (`schemaDumpMigration`), with every statement located
 * at the schema file: the lines of the tool's output are nowhere in the repository. Pure.
 */
export function schemaSourceMigration(sql: string, source: SchemaSource): { readonly migration: Migration; readonly diagnostics: readonly Diagnostic[] } {
  const { migration, diagnostics } = schemaDumpMigration(sql, source.schema);
  const up = migration.up.map((statement) => ({ ...statement, line: 1, column: 1 }));
  const empty: Diagnostic[] =
    up.length === 0
      ? [{ kind: 'diagnostic', code: 'schema-source/empty', message: `${TOOL_DESCRIPTIONS[source.tool]} wrote no SQL for ${source.schema}: the schema has no table`, location: { file: source.schema, line: 1 } }]
      : [];
  return { migration: { ...migration, name: `${source.tool} schema ${source.schema}`, up }, diagnostics: [...diagnostics.map((diagnostic) => ({ ...diagnostic, location: { file: source.schema, line: 1 } })), ...empty] };
}

/**
 * Base and head schemas from `migrations.schemaSource`: the tool's SQL for the schema file of each tree, applied on
 * its own embedded PGlite (kept in the rehearsal cache under a hash of the SQL). Nothing is replayed from the
 * migrations folder; when the head tree has one, a diagnostic says so. The two snapshots come from two databases, so `diffSchemas` matches
 * columns by name, and a column dropped and one of a compatible type added is a rename by drop and add.
 */
export async function snapshotsFromSchemaSource(options: {
  readonly trees: { readonly base: string; readonly head: string };
  readonly config: RippleConfig;
  readonly configFile: string;
  readonly progress: (message: string) => void;
}): Promise<{ readonly base: SchemaSnapshot; readonly head: SchemaSnapshot; readonly diagnostics: readonly Diagnostic[] }> {
  const { trees, config, configFile, progress } = options;
  const source = config.migrations.schemaSource!;
  const location = schemaSourceLocation(config, configFile);
  const snapshotOf = async (tree: string, which: 'base' | 'head') => {
    const { migration, diagnostics } = schemaSourceMigration(await exportSchemaSource(tree, source, which, progress, location), source);
    progress(`applying the ${which} tree's ${source.schema} (${migration.up.length} statements) on embedded PGlite`);
    const replay = await rehearseMigrations([migration], [], { progress });
    return { snapshot: replay.base, diagnostics: [...diagnostics, ...replay.diagnostics.map((diagnostic) => ofTree(diagnostic, which))] };
  };
  const base = await snapshotOf(trees.base, 'base');
  const head = await snapshotOf(trees.head, 'head');
  const migrationsFound = (await stat(join(trees.head, config.migrations.dir)).catch(() => undefined))?.isDirectory() === true;
  return { base: base.snapshot, head: head.snapshot, diagnostics: [...schemaSourceDetectedDiagnostics(config), ...(migrationsFound ? notReplayed(config) : []), ...base.diagnostics, ...head.diagnostics] };
}

/** A statement of the tool's SQL that PostgreSQL refused, said of the tree it came from rather than of a base migration. */
function ofTree(diagnostic: Diagnostic, which: 'base' | 'head'): Diagnostic {
  if (diagnostic.code !== 'migration/base-failed' && diagnostic.code !== 'migration/syntax-error') return diagnostic;
  return { ...diagnostic, code: 'schema-source/statement-failed', message: `the ${which} tree's schema: ${diagnostic.message.replace(/^base migration (statement fails, skipped: |: )/, 'a statement fails, skipped: ')}` };
}

/** The one diagnostic that says the migrations folder the tree has is not what the schemas come from. */
function notReplayed(config: RippleConfig): Diagnostic[] {
  const source = config.migrations.schemaSource!;
  return [
    {
      kind: 'diagnostic',
      code: 'schema-source/migrations-not-replayed',
      message: `the base and head schemas come from ${source.schema} (migrations.schemaSource, ${source.tool}); the migrations in ${config.migrations.dir} are not replayed, linted or rehearsed`,
      location: { file: source.schema, line: 1 },
    },
  ];
}
