import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverServices, scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const root = fileURLToPath(new URL('../fixtures/workspaces/plan-rows-beyond-builders', import.meta.url));
const SCHEMA = snapshotOf({
  plans: ['id', 'account_id', 'connections_max', 'external_webhooks_max', 'created_at'],
  accounts: ['id', 'email', 'owner_name', 'created_at'],
});

describe('a row type beyond the builder that ties it to its table', () => {
  it('a literal returned as the row, or under a member declared as the row, is written; a value named after the table is read by name', async () => {
    const services = await discoverServices(root);
    const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false, services });
    expect(siteLines(usages).filter((line) => line.startsWith('packages/server/'))).toEqual([
      // `res.locals` is typed by express, which the scan does not read: `plan` is a plan by its name only. Its
      // `display_name` and `ownerName` are no columns of plans, `created_at` is one of accounts too, and
      // `audit` is named after no table.
      'packages/server/src/controllers/get-usage.ts:16:23 public.plans.connections_max read name getUsage name-match',
      'packages/server/src/controllers/get-usage.ts:17:21 public.plans.external_webhooks_max read name getUsage name-match',
      // A literal of a plain type whose `flags` member is declared as the row: the keys under `flags` are its
      // columns, `code` and `title` are the plain type's own.
      'packages/server/src/plans/definitions.ts:7:5 public.plans.connections_max write knex freePlan',
      'packages/server/src/plans/definitions.ts:8:5 public.plans.external_webhooks_max write knex freePlan',
      'packages/server/src/plans/definitions.ts:12:95 public.plans.connections_max write knex plans',
      // The literal returned by a function whose declared result is the row; a literal passed to a call
      // (`Promise.resolve({...})`) is the call's argument, not the result, and is left alone.
      'packages/server/src/seeders/plan.seeder.ts:5:5 public.plans.id write knex getTestPlan',
      'packages/server/src/seeders/plan.seeder.ts:6:5 public.plans.account_id write knex getTestPlan',
      'packages/server/src/seeders/plan.seeder.ts:7:5 public.plans.connections_max write knex getTestPlan',
      'packages/server/src/seeders/plan.seeder.ts:8:5 public.plans.external_webhooks_max write knex getTestPlan',
      'packages/server/src/seeders/plan.seeder.ts:9:5 public.plans.created_at write knex getTestPlan',
      'packages/server/src/seeders/plan.seeder.ts:17:46 public.plans.id write knex getTrialPlan',
      'packages/server/src/seeders/plan.seeder.ts:17:53 public.plans.account_id write knex getTrialPlan',
      'packages/server/src/seeders/plan.seeder.ts:17:68 public.plans.connections_max write knex getTrialPlan',
      'packages/server/src/seeders/plan.seeder.ts:17:89 public.plans.external_webhooks_max write knex getTrialPlan',
      'packages/server/src/seeders/plan.seeder.ts:17:116 public.plans.created_at write knex getTrialPlan',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
