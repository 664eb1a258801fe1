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
    // The callers' keys. `...data` names no key, and the traps (`sendMail`, `notify`, `auditDataIssue`) give nothing.
    // The payload types are row types of `dataIssues` (the data-access functions pass `data.x` for `$(x)`), so the keys
    // are exact, and the webhook's `{ resolutionEmailSentTo }` is found though its type's name mirrors no table.
    const callers = siteLines(usages).filter((line) => !line.startsWith('services/libs/data-access-layer/') && !line.includes('public.members.'));
    expect(callers).toEqual([
      'backend/src/services/dataIssueService.ts:25:7 public.dataIssues.githubIssueUrl write raw-sql DataIssueService.createDataIssue',
      'backend/src/services/dataIssueService.ts:26:7 public.dataIssues.createdById write raw-sql DataIssueService.createDataIssue',
      // `dataIssueId` reaches the package's `where "id" = $(dataIssueId)`, by the package's own flow
      // (`test/cross-package-arguments.test.ts`).
      'services/apps/webhook_api/src/routes/dataIssue.ts:6:37 public.dataIssues.id filter flow -',
      'services/apps/webhook_api/src/routes/dataIssue.ts:6:52 public.dataIssues.resolutionEmailSentTo write raw-sql onIssueClosed',
      // `auditDataIssue`'s payload: its type ties to no table, but the value is written to `dataIssues.description`
      // (and to `members.displayName`, left out above) by the package's code: a flow, not the type's name.
      'services/apps/webhook_api/src/routes/dataIssue.ts:10:43 public.dataIssues.description write flow -',
    ]);
    // The payload types' fields, defined exactly in their package; `IAuditPayload` (two tables) is tied to neither.
    expect(siteLines(usages).filter((line) => line.includes(' definition '))).toEqual([
      'services/libs/data-access-layer/src/data_issues/index.ts:4:3 public.dataIssues.entity definition raw-sql IDbInsertDataIssuePayload.entity',
      'services/libs/data-access-layer/src/data_issues/index.ts:5:3 public.dataIssues.profileUrl definition raw-sql IDbInsertDataIssuePayload.profileUrl',
      'services/libs/data-access-layer/src/data_issues/index.ts:6:3 public.dataIssues.description definition raw-sql IDbInsertDataIssuePayload.description',
      'services/libs/data-access-layer/src/data_issues/index.ts:7:3 public.dataIssues.githubIssueUrl definition raw-sql IDbInsertDataIssuePayload.githubIssueUrl',
      'services/libs/data-access-layer/src/data_issues/index.ts:8:3 public.dataIssues.createdById definition raw-sql IDbInsertDataIssuePayload.createdById',
      'services/libs/data-access-layer/src/data_issues/index.ts:12:3 public.dataIssues.resolutionEmailSentTo definition raw-sql IMarkDataIssueAsResolvedPayload.resolutionEmailSentTo',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
