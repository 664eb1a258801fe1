import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { introspectDatabase, loadMigrations, snapshotBeforeAndAfter } from '@ripple/db-schema';
import { RippleError, type SchemaSnapshot } from '@ripple/model';
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
    const migrations = await loadMigrations(resolve(values.repo), values.migrations!);
    io.stderr(`ripple: applying ${migrations.length} migrations on embedded PGlite\n`);
    snapshot = (await snapshotBeforeAndAfter(migrations, [], options)).head;
  }
  const output = format === 'json' ? JSON.stringify(snapshot, null, 2) + '\n' : renderSchemaText(snapshot);
  if (values.output !== undefined) await writeFile(values.output, output);
  else io.stdout(output);
  return EXIT_OK;
}
