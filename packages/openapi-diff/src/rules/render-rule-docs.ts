import type { Rule } from './rule.js';

/**
 * The rule reference as Markdown, one table row per rule in registry order: id, level, direction, summary and
 * docs. `docs/rules.md` is this text; `pnpm --filter @ripple/openapi-diff rule-docs` rewrites it and a test fails
 * when it is stale.
 */
export function renderRuleDocs(rules: readonly Rule[]): string {
  const counts = (['error', 'warning', 'info'] as const).map((level) => `${rules.filter((rule) => rule.level === level).length} ${level}`);
  const lines = [
    '# openapi-diff rules',
    '',
    '<!-- Generated from the rule tables in src/rules/*-rules.ts by `pnpm --filter @ripple/openapi-diff rule-docs`; do not edit. -->',
    '',
    `${rules.length} rules (${counts.join(', ')}). Direction says whose code breaks: clients sending requests, clients reading`,
    'responses, or the API as a whole (`none`). Ids marked ✓ are oasdiff’s ids for the same concept.',
    '',
    '| id | level | direction | oasdiff | description |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map(
      (rule) =>
        `| \`${rule.id}\` | ${rule.level} | ${rule.direction} | ${rule.oasdiff ? '✓' : ''} | ${rule.summary}: ${rule.docs.replaceAll('|', '\\|').replaceAll('\n', ' ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
