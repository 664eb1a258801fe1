import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { diagnosticLines, scanFixture } from './scan-fixture.js';
import { SHOP_SCHEMA } from './snapshot-of.js';

describe('typeorm adapter', () => {
  it('broken-service: a file with a type error and a syntax error still scans, with a diagnostic naming the file and line', async () => {
    const { sites, diagnostics } = await scanFixture('typeorm', 'broken-service');
    expect(sites).toEqual([
      'src/customer.entity.ts:6:3 public.customers.id definition typeorm Customer.id',
      'src/customer.entity.ts:9:3 public.customers.email definition typeorm Customer.email',
      'src/wip.ts:6:19 public.customers.email read typeorm describe',
    ]);
    expect(diagnostics).toEqual([
      'code/syntax-error src/wip.ts:9']);
  });

  it('broken-service with typeCheck: the type error is a warning with its TypeScript code; lines after the syntax error are not checked', async () => {
    const { sites, found } = await scanFixture('typeorm', 'broken-service', { typeCheck: true });
    expect(sites).toEqual((await scanFixture('typeorm', 'broken-service')).sites);
    expect(diagnosticLines(found)).toEqual([
      "code/type-error src/wip.ts:5:9 src/wip.ts:5:9: TS2322 Type 'number' is not assignable to type 'string'.",
      "code/syntax-error src/wip.ts:9:47 src/wip.ts:9: ',' expected. (the rest of the file is scanned as recovered)",
    ]);
  });

  it('broken-service with a tsconfig that extends a missing file: the type check names the tsconfig (relative paths only) and still checks the files', async () => {
    const work = await mkdtemp(join(tmpdir(), 'code-scan-tsconfig-'));
    try {
      await cp(fileURLToPath(new URL('../fixtures/code/typeorm/broken-service', import.meta.url)), work, { recursive: true });
      await writeFile(join(work, 'tsconfig.json'), '{ "extends": "./base.json", "compilerOptions": { "experimentalDecorators": true } }\n');
      const { diagnostics } = await scanUsages({ root: work, schema: SHOP_SCHEMA, cacheDir: false, typeCheck: true });
      expect(diagnosticLines(diagnostics)).toEqual([
        "code/type-error src/wip.ts:5:9 src/wip.ts:5:9: TS2322 Type 'number' is not assignable to type 'string'.",
        "code/syntax-error src/wip.ts:9:47 src/wip.ts:9: ',' expected. (the rest of the file is scanned as recovered)",
        "code/type-error tsconfig.json:1:1 tsconfig.json:1: TS5083 Cannot read file 'base.json'.",
      ]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
