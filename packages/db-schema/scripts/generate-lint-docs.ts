// Writes the generated tables of docs/migration-lint.md: the rule table from the registry (LINT_RULES), and with
// `--side-by-side` the squawk side-by-side table from fixtures/lint/squawk-side-by-side.json. `pnpm lint-docs`.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderRuleTable, renderSideBySideTable, replaceGenerated } from '../src/lint/lint-docs.js';
import { readSideBySide } from '../src/lint/squawk-side-by-side.js';

const docs = path.join(import.meta.dirname, '../../../docs/migration-lint.md');
let text = await readFile(docs, 'utf8');
text = replaceGenerated(text, 'rules', renderRuleTable());
text = replaceGenerated(text, 'squawk-side-by-side', renderSideBySideTable(await readSideBySide()));
await writeFile(docs, text);
process.stdout.write(`wrote ${path.relative(process.cwd(), docs)}\n`);
