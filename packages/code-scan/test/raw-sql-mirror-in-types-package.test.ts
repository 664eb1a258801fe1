import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  dataIssues: ['id', 'profileUrl', 'description', 'githubIssueUrl', 'createdAt'],
  members: ['id', 'displayName', 'createdAt'],
});

describe('types mirroring a table another workspace package queries', () => {
  it('mirror-in-types-package: a types package that maps and queries nothing mirrors the tables of the schema by name', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/raw-sql/mirror-in-types-package', import.meta.url));
    const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    expect(siteLines(usages)).toEqual([
      'services/libs/data-access-layer/src/data_issues.ts:6:45 public.dataIssues.id read raw-sql findDataIssueByIssueUrl',
      'services/libs/data-access-layer/src/data_issues.ts:6:51 public.dataIssues.description read raw-sql findDataIssueByIssueUrl',
      'services/libs/data-access-layer/src/data_issues.ts:6:89 public.dataIssues.githubIssueUrl filter raw-sql findDataIssueByIssueUrl',
      'services/libs/types/src/dataIssues.ts:2:3 public.dataIssues.id definition name IDataIssue.id name-match',
      'services/libs/types/src/dataIssues.ts:3:3 public.dataIssues.profileUrl definition name IDataIssue.profileUrl name-match',
      'services/libs/types/src/dataIssues.ts:4:3 public.dataIssues.description definition name IDataIssue.description name-match',
      'services/libs/types/src/dataIssues.ts:5:3 public.dataIssues.githubIssueUrl definition name IDataIssue.githubIssueUrl name-match',
      'services/libs/types/src/dataIssues.ts:6:3 public.dataIssues.createdAt definition name IDataIssue.createdAt name-match',
      // A typed literal of the package's own type: a write through the mirror (and no query of the package's).
      'services/libs/types/src/dataIssues.ts:15:56 public.dataIssues.description write name EMPTY_DATA_ISSUE name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
