import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { caseFoldedColumns, scanUsages } from '@ripple/code-scan';
import { RippleError, type SchemaSnapshot, type Usage } from '@ripple/model';
import { CONFIG_FILE } from '../config/load-config.js';
import { servicesOf } from '../config/services-of.js';
import { readHeadSchema } from '../pipeline/head-schema.js';
import { renderUsagesText } from '../render/render-usages-text.js';
import { EXIT_OK } from './exit-codes.js';
import type { CliIo } from './io.js';
import { defaultFormat, oneOf } from './output-options.js';
import { SCAN_OPTIONS, SCAN_USAGE } from './report-arguments.js';

export const USAGES_USAGE = `Usage: ripple usages COLUMN [options]

Lists where a column is defined, read, written, filtered or ordered by, in every service and job of the repository.
COLUMN is schema.table.column or table.column (one column), or schema.table (every column of the table).

Options:
  --repo DIR           the repository (default: .); with a ripple.config.json, its migrations give the schema
                       that resolves unqualified columns and SELECT *
  --format FORMAT      json | text (default: text on a terminal, json otherwise)
  --output FILE        write to FILE instead of stdout
${SCAN_USAGE}
Diagnostics (syntax errors, unresolved imports and models, unreadable SQL, type errors with --type-check) are
listed after the usages as warnings naming file and line; they never change the exit code.
`;

/** `schema.table.column`, `table.column` or `schema.table`, as the question it asks of a usage. */
interface ColumnQuery {
  readonly schema: string;
  readonly table: string;
  readonly column?: string;
}

export async function usagesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { repo: { type: 'string', default: '.' }, format: { type: 'string' }, output: { type: 'string' }, ...SCAN_OPTIONS },
    strict: true,
    allowPositionals: true,
  });
  const [target, ...extra] = positionals;
  if (target === undefined || extra.length > 0) throw new RippleError('usage/bad-arguments', 'usages: give exactly one COLUMN, e.g. public.customers.email');
  const format = oneOf(values.format ?? defaultFormat(values.output, io), ['json', 'text'] as const, '--format');
  const root = resolve(values.repo);
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new RippleError('input/not-found', `--repo ${values.repo}: no such directory`);

  const head = await readHeadSchema(root, (message) => io.stderr(`ripple: ${message}\n`));
  const { schema, config } = head;
  const query = parseColumnQuery(target, schema);
  io.stderr('ripple: scanning services for column usages\n');
  if (values['type-check']) io.stderr('ripple: type-checking each service (--type-check)\n');
  const scan = await scanUsages({
    root,
    schema,
    services: await servicesOf(root, config, CONFIG_FILE),
    ...(config ? { exclude: [config.migrations.dir], migrationModulesAreData: head.migrationModulesAreData } : {}),
    ...(values['type-check'] ? { typeCheck: true } : {}),
  });
  const usages = scan.usages.filter((usage) => matches(usage, query));
  // What the schema replay skipped (a base migration that fails, a statement not static) comes first: a column it
  // lost is a column the scan cannot resolve.
  const diagnostics = [...head.diagnostics, ...scan.diagnostics, ...caseFoldedColumns(scan.usages, schema)];
  const output = format === 'json' ? JSON.stringify({ query, usages, diagnostics }, null, 2) + '\n' : renderUsagesText(usages, diagnostics);
  if (values.output !== undefined) await writeFile(values.output, output);
  else io.stdout(output);
  return EXIT_OK;
}

/**
 * Two parts are `schema.table` when the first is a schema the database has (or `public`) and the second one of its
 * tables; otherwise `table.column` in `public`.
 */
export function parseColumnQuery(text: string, schema: SchemaSnapshot): ColumnQuery {
  const parts = text.split('.');
  if (parts.some((part) => part === '') || parts.length < 2 || parts.length > 3) {
    throw new RippleError('usage/bad-arguments', `usages: ${text} is not schema.table.column, table.column or schema.table`);
  }
  if (parts.length === 3) return { schema: parts[0]!, table: parts[1]!, column: parts[2]! };
  const [first, second] = parts as [string, string];
  const isSchemaTable =
    schema.tables.some((table) => table.schema === first && table.name === second) ||
    (schema.tables.length === 0 && (first === 'public' || schema.schemas.includes(first)));
  return isSchemaTable ? { schema: first, table: second } : { schema: 'public', table: first, column: second };
}

function matches(usage: Usage, query: ColumnQuery): boolean {
  return usage.column.schema === query.schema && usage.column.table === query.table && (query.column === undefined || usage.column.column === query.column);
}
