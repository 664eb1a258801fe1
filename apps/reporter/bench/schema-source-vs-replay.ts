// The schema migrations.schemaSource builds against the schema its migrations build, on a real repository:
// `node --import tsx bench/schema-source-vs-replay.ts TREE prisma/schema.prisma prisma/migrations [prisma|drizzle-kit]`.
// Prints the figures (tables, columns, foreign keys equal) and every difference.
import { loadMigrations, rehearseMigrations, schemaDifferences } from '@ripple/db-schema';
import type { SchemaSnapshot } from '@ripple/model';
import { exportSchemaSource, schemaSourceMigration } from '../src/pipeline/schema-source.js';

const [tree, schema, migrationsDir, tool = 'prisma'] = process.argv.slice(2);
if (!tree || !schema || !migrationsDir || (tool !== 'prisma' && tool !== 'drizzle-kit')) {
  console.error('usage: schema-source-vs-replay.ts TREE SCHEMA MIGRATIONS_DIR [prisma|drizzle-kit]');
  process.exit(2);
}
const progress = (line: string) => console.error(line);
const source = { tool, schema } as const;
const sql = await exportSchemaSource(tree, source, 'given', progress, { file: '(argv)', pointer: '' });
const fromSource = await rehearseMigrations([schemaSourceMigration(sql, source).migration], [], { progress, cacheDir: false });
const migrations = await loadMigrations(tree, migrationsDir, { syntaxErrors: 'report' });
progress(`replaying ${migrations.length} migrations`);
const replayed = await rehearseMigrations(migrations, [], { progress, cacheDir: false });
const counts = (snapshot: SchemaSnapshot) => ({
  tables: snapshot.tables.length,
  columns: snapshot.tables.reduce((sum, table) => sum + table.columns.length, 0),
  foreignKeys: snapshot.constraints.filter((constraint) => constraint.kind === 'foreign-key').length,
  constraints: snapshot.constraints.length,
  indexes: snapshot.indexes.length,
  enums: snapshot.enums?.length ?? 0,
});
const differences = schemaDifferences(replayed.base, fromSource.base);
const column = (snapshot: SchemaSnapshot, key: string) => {
  const [schemaName, tableName, columnName] = key.replace(/^column /, '').replace(/: differs$/, '').split('.');
  const found = snapshot.tables.find((table) => table.schema === schemaName && table.name === tableName)?.columns.find((candidate) => candidate.name === columnName);
  return found && { type: found.type, nullable: found.nullable, default: found.default };
};
console.log(JSON.stringify({ replayed: counts(replayed.base), fromSource: counts(fromSource.base), replayDiagnostics: replayed.diagnostics.map((diagnostic) => diagnostic.message.slice(0, 200)), sourceDiagnostics: fromSource.diagnostics.map((diagnostic) => diagnostic.message.slice(0, 200)), differences: differences.length }, null, 2));
for (const line of differences) {
  console.log(line.startsWith('column ') && line.endsWith('differs') ? `${line} replayed ${JSON.stringify(column(replayed.base, line))} source ${JSON.stringify(column(fromSource.base, line))}` : line);
}
