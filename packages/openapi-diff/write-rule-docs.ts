// Rewrites docs/rules.md from the rule registry: `pnpm --filter @ripple/openapi-diff rule-docs`.
import { writeFileSync } from 'node:fs';
import { RULES, renderRuleDocs } from './src/index.js';

writeFileSync(new URL('docs/rules.md', import.meta.url), renderRuleDocs(RULES));
