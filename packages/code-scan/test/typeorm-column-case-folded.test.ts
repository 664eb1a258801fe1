import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseFoldedColumns, scanUsages } from '../src/index.js';
import { diagnosticLines } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const root = fileURLToPath(new URL('../fixtures/code/typeorm/column-case-folded', import.meta.url));

describe('caseFoldedColumns', () => {
  it('column-case-folded: an entity field whose mixed-case column the table has only in lower case (a migration wrote it unquoted, jellyseerr\'s blacklist.blacklistedtags) is a `code/column-case-folded` warning; a field whose column matches, or whose column the table lacks in any case, is none', async () => {
    const schema = snapshotOf({ blacklist: ['id', 'mediaType', 'blacklistedtags', 'createdAt'] });
    const { usages, diagnostics } = await scanUsages({ root, schema, cacheDir: false });
    expect(diagnostics).toEqual([]);
    expect(diagnosticLines(caseFoldedColumns(usages, schema))).toEqual([
      'code/column-case-folded server/entity/Blacklist.ts:17:10 server/entity/Blacklist.ts:17: Blacklist.blacklistedTags is the column "blacklistedTags", which public.blacklist does not have; it has blacklistedtags, the name folded to lower case (a migration wrote it unquoted): the model\'s queries of it fail',
    ]);
    // Renamed to the quoted name the model means (jellyseerr 7c2444a6): nothing.
    expect(caseFoldedColumns(usages, snapshotOf({ blacklist: ['id', 'mediaType', 'blacklistedTags', 'createdAt'] }))).toEqual([]);
  });
});
