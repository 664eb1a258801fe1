import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseRepository } from '../src/pipeline/analyse-repository.js';

const scenario = resolve(import.meta.dirname, '../../../fixtures/column-case-folded');

async function caseFolded(base: string, head: string): Promise<string[]> {
  const report = await analyseRepository({
    repo: resolve(scenario, head),
    trees: { kind: 'dirs', baseDir: resolve(scenario, base), headDir: resolve(scenario, head) },
    progress: () => {},
  });
  return report.diagnostics.filter((diagnostic) => diagnostic.code === 'code/column-case-folded').map((diagnostic) => `${diagnostic.location.file}:${diagnostic.location.line} ${diagnostic.message}`);
}

describe('a model field whose column a migration wrote unquoted (jellyseerr 4a5ac3cc, repaired by 7c2444a6)', () => {
  it('warns when the head schema has the name folded to lower case', async () => {
    expect(await caseFolded('base', 'head')).toEqual([
      'server/entity/Blacklist.ts:15 server/entity/Blacklist.ts:15: Blacklist.blacklistedTags is the column "blacklistedTags", which public.blacklist does not have; it has blacklistedtags, the name folded to lower case (a migration wrote it unquoted): the model\'s queries of it fail',
    ]);
  });

  it('says nothing once the change renames it to the quoted name, though the base schema has the folded one', async () => {
    expect(await caseFolded('head', 'repaired')).toEqual([]);
  });
});
