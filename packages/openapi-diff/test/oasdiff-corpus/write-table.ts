// `pnpm --filter @ripple/openapi-diff oasdiff-corpus`: diffs every vendored pair and rewrites table.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCorpusTable } from './render-corpus-table.js';
import { readCorpusPairs, runCorpus } from './run-corpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { source } = JSON.parse(readFileSync(path.join(here, 'pairs.json'), 'utf8')) as { source: string };
writeFileSync(path.join(here, 'table.md'), renderCorpusTable(source, await runCorpus(readCorpusPairs())));
