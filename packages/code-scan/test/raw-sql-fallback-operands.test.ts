import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  orgAttributes: ['id', 'organizationId', 'type', 'name', 'source', 'default', 'value'],
});

describe('values behind a fallback operator', () => {
  it('fallback-operands: `(rows || []).filter((a) => a.type)` reads the rows the left operand holds', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/raw-sql/fallback-operands', import.meta.url));
    const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    expect(siteLines(usages).filter((line) => line.includes('/utils.ts'))).toEqual([
      // The callbacks' parameters are rows of `IDbOrgAttribute`, which mirrors `orgAttributes` by name.
      'services/libs/data-access-layer/src/organizations/utils.ts:12:16 public.orgAttributes.type read raw-sql prepareOrganizationData name-match',
      'services/libs/data-access-layer/src/organizations/utils.ts:12:39 public.orgAttributes.name read raw-sql prepareOrganizationData name-match',
      'services/libs/data-access-layer/src/organizations/utils.ts:12:58 public.orgAttributes.source read raw-sql prepareOrganizationData name-match',
      'services/libs/data-access-layer/src/organizations/utils.ts:14:65 public.orgAttributes.default read raw-sql prepareOrganizationData name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
