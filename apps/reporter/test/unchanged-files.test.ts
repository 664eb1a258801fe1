import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ColumnChange, Usage } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { unchangedFiles } from '../src/pipeline/unchanged-files.js';
import { tempDir } from './temp-dirs.js';

function usage(column: string, file: string): Usage {
  return { kind: 'usage', column: { schema: 'public', table: 'Collectives', column }, service: 'api', serviceKind: 'service', location: { file, line: 1 }, access: 'write', adapter: 'flow' };
}

describe('unchangedFiles', () => {
  it('the files of base usages of a dropped column whose bytes both trees share; not an edited, deleted or unrelated one', async () => {
    const root = await tempDir('unchanged');
    const files: Record<string, readonly [string | undefined, string | undefined]> = {
      'test/account.test.ts': ['fakeCollective({ expensePolicy })', 'fakeCollective({ expensePolicy })'],
      'server/models/Collective.ts': ['expensePolicy: DataTypes.TEXT', 'expensePolicy: DataTypes.VIRTUAL'],
      'server/lib/old.ts': ['collective.expensePolicy', undefined],
      'server/lib/other.ts': ['collective.slug', 'collective.slug'],
    };
    for (const [file, versions] of Object.entries(files)) {
      for (const [index, text] of versions.entries()) {
        if (text === undefined) continue;
        const path = join(root, index === 0 ? 'base' : 'head', file);
        await mkdir(join(path, '..'), { recursive: true });
        await writeFile(path, text);
      }
    }
    const dropped: ColumnChange = { kind: 'column-dropped', column: { schema: 'public', table: 'Collectives', column: 'expensePolicy' }, type: 'text' };
    const usages = [...['test/account.test.ts', 'server/models/Collective.ts', 'server/lib/old.ts'].map((file) => usage('expensePolicy', file)), usage('slug', 'server/lib/other.ts')];
    const same = await unchangedFiles([dropped], usages, { base: join(root, 'base'), head: join(root, 'head') });
    expect([...same]).toEqual(['test/account.test.ts']);
  });
});
