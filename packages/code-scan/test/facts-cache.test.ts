import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

describe('on-disk cache', () => {
  let work = '';
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'code-scan-cache-'));
    await cp(fileURLToPath(new URL('../fixtures/code/knex/query-builder', import.meta.url)), join(work, 'repo'), { recursive: true });
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('a warm scan returns what the cold scan found; an edited file is scanned again; a copy at another root (the base tree of a report) shares the packs; another schema (customers moved to crm) folds again', async () => {
    const root = join(work, 'repo');
    const cacheDir = join(work, 'cache');
    const cold = siteLines((await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir })).usages);
    const uncached = siteLines((await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false })).usages);
    expect(cold).toEqual(uncached);
    const [version] = await readdir(cacheDir);
    expect((await readdir(join(cacheDir, version!))).map((name) => name.replace(/^[0-9a-f]+/, 'SCOPE')).sort()).toEqual(['SCOPE.facts.json', 'SCOPE.result.json']);

    expect(siteLines((await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir })).usages)).toEqual(cold);

    await appendFile(join(root, 'src/customers.ts'), `\nexport async function newest() {\n  return knex('orders').orderBy('created_at');\n}\n`);
    const edited = siteLines((await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir })).usages);
    expect(edited).toEqual([...cold, 'src/customers.ts:24:34 public.orders.created_at order knex newest']);

    // The base tree of a report is a fresh temporary copy: it shares the service's packs, keyed by content.
    const base = join(work, 'base');
    await cp(fileURLToPath(new URL('../fixtures/code/knex/query-builder', import.meta.url)), base, { recursive: true });
    expect(siteLines((await scanUsages({ root: base, schema: SHOP_SCHEMA, cacheDir })).usages)).toEqual(cold);
    expect(siteLines((await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir })).usages)).toEqual(edited);
    expect((await readdir(join(cacheDir, version!))).length).toBe(2);

    const crm = { ...SHOP_SCHEMA, schemas: ['crm', 'public'], tables: SHOP_SCHEMA.tables.map((table) => (table.name === 'customers' ? { ...table, schema: 'crm' } : table)) };
    const folded = siteLines((await scanUsages({ root, schema: crm, cacheDir })).usages);
    expect(folded).toEqual(siteLines((await scanUsages({ root, schema: crm, cacheDir: false })).usages));
    expect(folded.filter((line) => line.includes(' crm.customers.'))).toHaveLength(edited.filter((line) => line.includes(' public.customers.')).length);
  });

  it('an unresolved import depends on the other files: adding the missing file clears it on a warm scan; a type check is cached apart and keyed by the declaration files too', async () => {
    const root = join(work, 'unresolved');
    const cacheDir = join(work, 'cache-unresolved');
    await cp(fileURLToPath(new URL('../fixtures/code/typeorm/unresolved-references', import.meta.url)), root, { recursive: true });
    const imports = async (typeCheck = false) =>
      (await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir, typeCheck })).diagnostics.filter((d) => d.code !== 'code/unresolved-entity').map((d) => `${d.code} ${d.location.file}:${d.location.line}`);
    expect(await imports()).toEqual(['code/unresolved-import src/orders.service.ts:4', 'code/unresolved-import src/orders.service.ts:5']);
    await writeFile(join(root, 'src/carriers.ts'), `export function carrierName(email: string): string {\n  return email;\n}\n`);
    expect(await imports()).toEqual(['code/unresolved-import src/orders.service.ts:4']);

    expect(await imports(true)).toEqual(['code/unresolved-import src/orders.service.ts:4']);
    const stub = join(root, 'types/typeorm.d.ts');
    // A declaration file is not scanned, but the type check reads it: without `Column`, the entities' import fails.
    await writeFile(stub, (await readFile(stub, 'utf8')).replace(/^.*function Column\(.*$/m, ''));
    expect(await imports(true)).toEqual(['code/type-error src/entities.ts:1', 'code/unresolved-import src/orders.service.ts:4']);
    expect(await imports()).toEqual(['code/unresolved-import src/orders.service.ts:4']);
  });
});
