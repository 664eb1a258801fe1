import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  members: ['id', 'displayName', 'email'],
  dataIssues: ['id', 'entity', 'profileUrl', 'description', 'githubIssueUrl', 'createdById', 'resolutionEmailSentAt', 'resolutionEmailSentTo'],
});

describe('object literals handed to a workspace package function', () => {
  it('package-function-arguments: each key is written into the type the function declares for that parameter', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/raw-sql/package-function-arguments', import.meta.url));
    const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    // The data-access package's own usages are as before; the callers' keys are new. `...data` names no key, and the
    // traps (`sendMail`, `notify`) give nothing.
    const callers = siteLines(usages).filter((line) => line.includes('dataIssues') && !line.startsWith('services/libs/data-access-layer/'));
    expect(callers).toEqual([
      'backend/src/services/dataIssueService.ts:25:7 public.dataIssues.githubIssueUrl write raw-sql DataIssueService.createDataIssue name-match',
      'backend/src/services/dataIssueService.ts:26:7 public.dataIssues.createdById write raw-sql DataIssueService.createDataIssue name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
