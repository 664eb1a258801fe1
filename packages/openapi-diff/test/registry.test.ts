import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareStrings } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { RULES, renderRuleDocs, ruleFor } from '../src/index.js';
import { RULE_CASES } from './rule-cases.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

describe('rule registry', () => {
  it('holds each id once, sorted, and each site table lists its rows sorted by id', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids).toEqual([...new Set(ids)].sort(compareStrings));
    const tables = readdirSync(path.join(root, 'src/rules')).filter((file) => file.endsWith('-rules.ts'));
    for (const table of tables) {
      for (const site of readFileSync(path.join(root, 'src/rules', table), 'utf8').split('...defineRules(').slice(1)) {
        const rows = [...site.matchAll(/\{ id: '([^']+)'/g)].map((match) => match[1] ?? '');
        expect(rows, table).toEqual([...rows].sort(compareStrings));
      }
    }
  });

  it('has kebab-case ids, a summary and docs for every rule, and one rule per site and change', () => {
    const bad = RULES.filter((rule) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id) || rule.summary === '' || rule.docs.length < 20);
    expect(bad.map((rule) => rule.id)).toEqual([]);
    expect(RULES.filter((rule) => ruleFor(rule.site, rule.change) !== rule).map((rule) => rule.id)).toEqual([]);
  });

  it('has at least 150 rules, each found by at least one fixture pair', () => {
    const found = new Set(RULE_CASES.flatMap((ruleCase) => ruleCase.findings.map(([id]) => id)));
    expect(RULES.length).toBeGreaterThanOrEqual(150);
    expect(RULES.filter((rule) => !found.has(rule.id)).map((rule) => rule.id)).toEqual([]);
  });

  it('gives each rule a fixture pair named after it', () => {
    const cases = new Set(RULE_CASES.map((ruleCase) => ruleCase.name));
    expect(RULES.filter((rule) => !cases.has(rule.id)).map((rule) => rule.id)).toEqual([]);
  });

  it('derives direction from the site: request sites are request rules, response sites response rules', () => {
    const wrong = RULES.filter((rule) => {
      const expected = rule.site.startsWith('request') ? 'request' : rule.site.startsWith('response') ? 'response' : 'none';
      return rule.direction !== expected;
    });
    expect(wrong.map((rule) => rule.id)).toEqual([]);
  });

  it('docs/rules.md is generated from the registry (run `pnpm --filter @ripple/openapi-diff rule-docs`)', () => {
    expect(readFileSync(path.join(root, 'docs/rules.md'), 'utf8')).toBe(renderRuleDocs(RULES));
  });
});
