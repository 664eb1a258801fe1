import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseRepository } from '../src/pipeline/analyse-repository.js';

const scenario = resolve(import.meta.dirname, '../../../fixtures/prisma-data-migrations');

describe("an application's data migrations beside Prisma's SQL migrations (AFFiNE 4ec89ebd6)", () => {
  it('are consumers of what the change drops (handled where the change edits them, forgotten where not, a model gone with its table too); the SQL migrations are not', async () => {
    const report = await analyseRepository({
      repo: resolve(scenario, 'head'),
      trees: { kind: 'dirs', baseDir: resolve(scenario, 'base'), headDir: resolve(scenario, 'head') },
      progress: () => {},
    });
    const consumers = report.changes.flatMap((change) =>
      change.consumers.flatMap((consumer) => (consumer.kind === 'code' && consumer.file !== undefined && !consumer.file.endsWith('.prisma') ? [`${change.table}.${change.column} ${consumer.file}:${consumer.line} ${consumer.access} ${consumer.status}`] : [])),
    );
    expect(consumers).toEqual([
      'public.customer_notes.body packages/backend/server/src/data/migrations/1699005339766-customer-notes.ts:8 read handled',
      'public.customer_notes.customer_id packages/backend/server/src/data/migrations/1699005339766-customer-notes.ts:8 read handled',
      // The model gone with its table: the unchanged file still calls db.deprecatedCustomerNote.
      'public.customer_notes.customer_id packages/backend/server/src/data/migrations/1700000000001-note-counts.ts:6 read forgotten',
      'public.customer_notes.customer_id packages/backend/server/src/data/migrations/1700000000001-note-counts.ts:8 read forgotten',
      'public.customers.legacy_code packages/backend/server/src/data/migrations/1700000000000-legacy-codes.ts:6 filter forgotten',
      'public.customers.legacy_code packages/backend/server/src/data/migrations/1700000000000-legacy-codes.ts:8 read forgotten',
    ]);
    expect(report.changes.flatMap((change) => change.consumers.filter((consumer) => 'file' in consumer && consumer.file.includes('/migrations/2')))).toEqual([]);
  });
});
