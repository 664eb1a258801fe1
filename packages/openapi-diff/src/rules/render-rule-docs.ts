import { compareStrings } from '@ripple/model';
import { OASDIFF_DIFFERENCES, type OasdiffDifference } from './oasdiff-differences.js';
import type { Rule } from './rule.js';

/**
 * The rule reference as Markdown, one table row per rule in registry order: id, level, direction, summary and
 * docs. `docs/rules.md` is this text; `pnpm --filter @ripple/openapi-diff rule-docs` rewrites it and a test fails
 * when it is stale.
 */
export function renderRuleDocs(rules: readonly Rule[], differences: Readonly<Record<string, OasdiffDifference>> = OASDIFF_DIFFERENCES): string {
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
        `| <a id="${rule.id}"></a>\`${rule.id}\` | ${rule.level} | ${rule.direction} | ${rule.oasdiff ? '✓' : ''} | ${rule.summary}: ${rule.docs.replaceAll('|', '\\|').replaceAll('\n', ' ')} |`,
    ),
    '',
    '## Where Ripple differs from oasdiff',
    '',
    'Measured on oasdiff’s own checker tests (`test/oasdiff-corpus/table.md`): the oasdiff ids Ripple reports at another',
    'level or not at all, on purpose (deliberate) or not yet (gap).',
    '',
    '| oasdiff id | kind | Ripple id | why |',
    '| --- | --- | --- | --- |',
    ...Object.entries(differences)
      .filter(([, difference]) => difference.kind !== 'extraction')
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([id, difference]) => `| \`${id}\` | ${difference.kind} | ${difference.rippleId === undefined ? '' : `\`${difference.rippleId}\``} | ${difference.reason.replaceAll('|', '\\|')} |`),
    '',
  ];
  return lines.join('\n');
}
