import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { OrmAdapter } from '../src/adapters/orm-adapter.js';
import { ADAPTERS } from '../src/adapters/registry.js';
import { extractFileFacts } from '../src/extract/extract-file-facts.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/code', import.meta.url));
const SHOP = fileURLToPath(new URL('../../../fixtures/shop', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules') return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx|mts|cts|js)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('adapter node kinds', () => {
  // `OrmAdapter.kinds` only lets the walk skip nodes; an adapter that visits a kind it does not list loses facts.
  const unfiltered = ADAPTERS.map(({ kinds: _kinds, ...adapter }): OrmAdapter => adapter);
  const files = [...filesUnder(FIXTURES), ...filesUnder(SHOP)];

  it('every fixture file gives the same facts with each adapter called for its listed kinds as for every node', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const path of files) {
      const file = relative(FIXTURES, path);
      const text = readFileSync(path, 'utf8');
      expect(extractFileFacts(file, text, ADAPTERS), file).toEqual(extractFileFacts(file, text, unfiltered));
    }
  });

  // `OrmAdapter.needs` lets the walk skip an adapter in a file without its words; a fact made without them is lost.
  const ungated = ADAPTERS.map(({ needs: _needs, ...adapter }): OrmAdapter => adapter);

  it('every fixture file gives the same facts with the adapters skipped where the text lacks their words as with none skipped', () => {
    expect(ADAPTERS.filter((adapter) => adapter.needs).length).toBeGreaterThan(0);
    for (const path of files) {
      const file = relative(FIXTURES, path);
      const text = readFileSync(path, 'utf8');
      expect(extractFileFacts(file, text, ADAPTERS), file).toEqual(extractFileFacts(file, text, ungated));
    }
  });

  it('a name spelled with an escape is still read (the text has no `selectFrom`, the name is one)', () => {
    const text = "import { db } from './db';\nexport const emails = () => db.select\\u0046rom('customers').select(['email']).execute();\n";
    expect(text).not.toContain('selectFrom');
    const facts = extractFileFacts('src/emails.ts', text, ADAPTERS);
    expect(JSON.stringify(facts)).toContain('"adapter":"kysely"');
    expect(facts).toEqual(extractFileFacts('src/emails.ts', text, ungated));
  });
});
