import { describe, expect, it } from 'vitest';
import { diagnosticLines, scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

describe('typeorm adapter', () => {
  it('column-case-folded: an entity field whose mixed-case column the table has only in lower case (a migration wrote it unquoted, jellyseerr\'s blacklist.blacklistedtags) is a `code/column-case-folded` warning; a field whose column matches, or whose column the table lacks in any case, is none', async () => {
    const schema = snapshotOf({ blacklist: ['id', 'mediaType', 'blacklistedtags', 'createdAt'] });
    const { found } = await scanFixture('typeorm', 'column-case-folded', { schema });
    expect(diagnosticLines(found)).toEqual([
      'code/column-case-folded server/entity/Blacklist.ts:17:10 server/entity/Blacklist.ts:17: Blacklist.blacklistedTags is the column "blacklistedTags", which public.blacklist does not have; it has blacklistedtags, the name folded to lower case (a migration wrote it unquoted): the model\'s queries of it fail',
    ]);
  });
});
