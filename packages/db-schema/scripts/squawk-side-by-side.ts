// Runs the real squawk-cli and Ripple on every side-by-side case, writes fixtures/lint/squawk-side-by-side.json and
// the table in docs/migration-lint.md. `pnpm -C packages/db-schema side-by-side`; the test fails until it is rerun
// after a change that turns an agreement into a difference (or the other way round).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderSideBySideTable, replaceGenerated } from '../src/lint/lint-docs.js';
import { computeSideBySide, SIDE_BY_SIDE_FILE } from '../src/lint/squawk-side-by-side.js';

const table = await computeSideBySide();
await writeFile(path.join(import.meta.dirname, '..', SIDE_BY_SIDE_FILE), `${JSON.stringify(table, null, 2)}\n`);
const docs = path.join(import.meta.dirname, '../../../docs/migration-lint.md');
await writeFile(docs, replaceGenerated(await readFile(docs, 'utf8'), 'squawk-side-by-side', renderSideBySideTable(table)));
const differ = table.cases.filter((row) => row.verdict === 'differ');
const unexplained = differ.filter((row) => row.reasons.some((reason) => reason.endsWith('UNEXPLAINED')));
process.stdout.write(`${table.cases.length} cases: ${table.cases.length - differ.length} agree, ${differ.length} differ (${unexplained.length} unexplained)\n`);
