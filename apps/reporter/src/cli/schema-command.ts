import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { introspectDatabase, loadMigrations, rehearseMigrations } from '@ripple/db-schema';
import { formatDiagnosticLocation, RippleError, type SchemaSnapshot } from '@ripple/model';
import { migrationReadingDiagnostics } from '../pipeline/analyse-repository.js';
import { renderSchemaText } from '../render/render-schema-text.js';
import { EXIT_OK } from './exit-codes.js';
import type { CliIo } from './io.js';
import { defaultFormat, oneOf } from './output-options.js';

export const SCHEMA_USAGE = `Usage: ripple schema (--migrations DIR | --db-url URL) [options]

Prints a schema snapshot: the migrations in DIR applied to embedded PGlite, or a live server read inside a
read-only transaction (Ripple never writes to it).

Options:
  --migrations DIR     a migrations folder (any supported format), relative to --repo
  --db-url URL         postgres://user:password@host:port/db (the password is never printed)
  --repo DIR           the root that reported file paths are relative to (default: .)
  --schemas LIST       comma-separated schemas to read (default: every non-system schema)
  --format FORMAT      json | text (default: text on a terminal, json otherwise)
  --output FILE        write to FILE instead of stdout
`;

export async function schemaCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      migrations: { type: 'string' },
      'db-url': { type: 'string' },
      repo: { type: 'string', default: '.' },
      schemas: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if ((values.migrations === undefined) === (values['db-url'] === undefined)) {
    throw new RippleError('usage/missing-option', 'schema: give exactly one of --migrations DIR or --db-url URL');
  }
  const format = oneOf(values.format ?? defaultFormat(values.output, io), ['json', 'text'] as const, '--format');
  const schemas = values.schemas?.split(',').map((schema) => schema.trim()).filter((schema) => schema !== '');
  const options = schemas !== undefined ? { schemas } : {};
  let snapshot: SchemaSnapshot;
  if (values['db-url'] !== undefined) {
    snapshot = await introspectDatabase(values['db-url'], options);
  } else {
    // A history with a broken old migration still has a schema: what the replay skipped is a warning on stderr
    // (file, line, PostgreSQL's message), as in the report; stdout stays the snapshot alone.
    const migrations = await loadMigrations(resolve(values.repo), values.migrations!, { syntaxErrors: 'report' });
    io.stderr(`ripple: applying ${migrations.length} migrations on embedded PGlite\n`);
    const replay = await rehearseMigrations(migrations, [], { ...options, progress: (message) => io.stderr(`ripple: ${message}\n`) });
    for (const diagnostic of [...replay.diagnostics, ...migrationReadingDiagnostics(migrations, [])]) io.stderr(`ripple: warning: ${formatDiagnosticLocation(diagnostic)}  ${diagnostic.code}  ${diagnostic.message}\n`);
    snapshot = replay.head;
  }
  const output = format === 'json' ? JSON.stringify(snapshot, null, 2) + '\n' : renderSchemaText(snapshot);
  if (values.output !== undefined) await writeFile(values.output, output);
  else io.stdout(output);
  return EXIT_OK;
}
