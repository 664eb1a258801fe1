import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RippleError, type SystemMap, type SystemMapDiff } from '@ripple/model';
import { analyseSystem } from '../map/analyse-system.js';
import { diffSystemMaps } from '../map/diff-system-maps.js';
import { resolveTrees } from '../pipeline/resolve-trees.js';
import { renderMapHtml } from '../render/map/render-map-html.js';
import { renderMapDiffMarkdown, renderMapMarkdown } from '../render/map/render-map-markdown.js';
import { renderMapDiffText, renderMapText } from '../render/map/render-map-text.js';
import { EXIT_OK } from './exit-codes.js';
import type { CliIo } from './io.js';
import { defaultFormat, oneOf } from './output-options.js';

export const MAP_USAGE = `Usage: ripple map [options]

The system map for architecture reviews: which service defines, reads or writes which column of which table, the
tables several services share, columns nothing uses (dead-column candidates, with the evidence searched and a
confidence), columns code uses that the schema lacks (drift) and the API operations exposing each table.

Options:
  --repo DIR           the repository (default: .); its migrations (configured or detected) give the schema
  --db-url URL         read the schema from a live database instead (read-only; the password is never printed)
  --base REF|FILE      compare with a git ref (checked out with git archive) or a map saved with --format json:
                       prints the coupling the change adds or removes (services that start or stop using a
                       table or column, tables that become shared, new dead columns and drift)
  --format FORMAT      text | json | markdown | html (default: text on a terminal, json otherwise)
  --output FILE        write to FILE instead of stdout
  --allow-remote-refs  follow $refs to http(s) URLs in the API descriptions

The map never fails a build: exit 0 when it is produced, 2 on bad input.
`;

const MAP_FORMATS = ['text', 'json', 'markdown', 'html'] as const;

export async function mapCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      repo: { type: 'string', default: '.' },
      'db-url': { type: 'string' },
      base: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'allow-remote-refs': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  const format = oneOf(values.format ?? defaultFormat(values.output, io), MAP_FORMATS, '--format');
  const root = resolve(values.repo);
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new RippleError('input/not-found', `--repo ${values.repo}: no such directory`);
  const progress = (message: string) => io.stderr(`ripple: ${message}\n`);
  const common = {
    progress,
    ...(values['db-url'] !== undefined ? { databaseUrl: values['db-url'] } : {}),
    ...(values['allow-remote-refs'] ? { allowRemoteRefs: true } : {}),
  };
  // A saved map is read before the slow work, so a bad file fails fast.
  const savedBase = values.base !== undefined && (await isFile(values.base)) ? await readSavedMap(values.base) : undefined;
  const head = await analyseSystem({ root, ...common });
  let base = savedBase;
  if (values.base !== undefined && base === undefined) {
    const trees = await resolveTrees(root, { kind: 'git', base: values.base });
    try {
      progress(`mapping the base tree ${values.base}`);
      base = await analyseSystem({ root: trees.base, ...common });
    } finally {
      await trees.dispose();
    }
  }
  const output = base === undefined ? renderMap(head, format) : renderMapDiff(diffSystemMaps(base, head), format);
  if (values.output !== undefined) await writeFile(values.output, output);
  else io.stdout(output);
  return EXIT_OK;
}

/** Renders a map in one of the formats: pure, the same map gives the same bytes. */
export function renderMap(map: SystemMap, format: (typeof MAP_FORMATS)[number]): string {
  switch (format) {
    case 'text':
      return renderMapText(map);
    case 'json':
      return `${JSON.stringify(map, null, 2)}\n`;
    case 'markdown':
      return renderMapMarkdown(map);
    case 'html':
      return renderMapHtml(map);
  }
}

function renderMapDiff(diff: SystemMapDiff, format: (typeof MAP_FORMATS)[number]): string {
  switch (format) {
    case 'text':
      return renderMapDiffText(diff);
    case 'json':
      return `${JSON.stringify(diff, null, 2)}\n`;
    case 'markdown':
      return renderMapDiffMarkdown(diff);
    case 'html':
      return renderMapHtml(diff.head, diff);
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}

/** A map saved with `--format json`; anything else is bad input naming the file. */
async function readSavedMap(file: string): Promise<SystemMap> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new RippleError('input/bad-map', `not JSON (${error instanceof Error ? error.message : String(error)})`, { file, line: 1 });
  }
  const candidate = parsed as Partial<SystemMap> | null;
  if (candidate === null || typeof candidate !== 'object' || candidate.kind !== 'system-map' || !Array.isArray(candidate.tables) || !Array.isArray(candidate.deadColumns) || !Array.isArray(candidate.drift)) {
    throw new RippleError('input/bad-map', `not a map saved by ripple map --format json (no "kind": "system-map" with tables, deadColumns and drift)`, { file, pointer: '' });
  }
  if (candidate.schemaVersion !== 1) throw new RippleError('input/bad-map', `map schemaVersion ${String(candidate.schemaVersion)}, this ripple reads 1`, { file, pointer: '/schemaVersion' });
  return candidate as SystemMap;
}
