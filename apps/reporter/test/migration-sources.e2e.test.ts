import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseRepository } from '../src/pipeline/analyse-repository.js';
import { readHeadSchema } from '../src/pipeline/head-schema.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/db-schema/fixtures');

describe('report with migrations.command or migrations.baseSchema', () => {
  it('command: runs sequelize-cli in the base copy and the head tree, and reports the changes of the newest migration', async () => {
    const progress: string[] = [];
    const report = await analyseRepository({ repo: path.join(FIXTURES, 'command-sequelize'), trees: { kind: 'one-tree' }, migrationsOnly: true, progress: (line) => progress.push(line) });
    expect(report.changes.map((change) => change.id)).toEqual([
      'column-dropped:public.orders.legacy_ref',
      'column-renamed:public.orders.status',
      'column-type-changed:public.orders.total',
    ]);
    expect(progress.filter((line) => line.startsWith('running'))).toEqual([
      'running `npx sequelize-cli db:migrate --env ripple` in the base tree against the embedded PGlite',
      'running `npx sequelize-cli db:migrate --env ripple` in the head tree against the embedded PGlite',
    ]);
  }, 180_000);

  it('an extension PGlite lacks: the stand-in`s diagnostic reaches the report, and the changes are exact', async () => {
    const report = await analyseRepository({ repo: path.join(FIXTURES, 'extension-postgis'), trees: { kind: 'one-tree' }, migrationsOnly: true, progress: () => {} });
    expect(report.changes.map((change) => change.id)).toEqual(['column-added:public.places.area', 'column-dropped:public.places.bounds', 'column-renamed:public.places.name']);
    expect(report.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file}:${diagnostic.location.line}`)).toEqual([
      'migration/extension-stand-in migrations/0001_places.sql:2',
      'migration/rehearsal-skipped migrations/0002_area.sql:1',
    ]);
  }, 180_000);

  it('baseSchema: the pg_dump output is the base, the new migration applies on top; the roles diagnostic is reported', async () => {
    const progress: string[] = [];
    const report = await analyseRepository({ repo: path.join(FIXTURES, 'schema-dump'), trees: { kind: 'one-tree' }, migrationsOnly: true, progress: (line) => progress.push(line) });
    expect(report.changes.map((change) => `${change.id} ${change.migration?.file}:${change.migration?.line}`)).toEqual([
      'column-type-changed:billing.invoices.amount db/migrations/20240301120000_customer_email_address.sql:3',
      'column-renamed:public.customers.email db/migrations/20240301120000_customer_email_address.sql:1',
      'column-dropped:public.orders.legacy_note db/migrations/20240301120000_customer_email_address.sql:2',
    ]);
    expect(report.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file}:${diagnostic.location.line}`)).toEqual([
      'migration/rehearsal-skipped db/migrations/20240301120000_customer_email_address.sql:1',
      'schema-dump/roles-created db/structure.sql:28',
    ]);
    expect(progress[0]).toBe('applying the base schema db/structure.sql + 1 new migrations from db/migrations on embedded PGlite; rollback and re-upgrade not rehearsed: the new migrations have no down migration');
  }, 180_000);

  it('globals: Knex migrations that branch on a global the runner sets (wiki.js) replay the PostgreSQL branch', async () => {
    const report = await analyseRepository({ repo: path.join(FIXTURES, 'knex-globals'), trees: { kind: 'one-tree' }, migrationsOnly: true, progress: () => {} });
    expect(report.changes.map((change) => `${change.id} ${change.migration?.file}:${change.migration?.line}`)).toEqual([
      'column-renamed:public.pages.render migrations/2.1.0.js:10',
      'column-added:public.pages.search migrations/2.1.0.js:6',
    ]);
    // Up, down and up again rehearse through the same branches: nothing is left unread, nothing fails.
    expect(report.diagnostics).toEqual([]);
    expect(report.findings.map((finding) => finding.id).filter((id) => /^(new-migration-fails|rollback-|reupgrade-)/.test(id))).toEqual([]);
  }, 180_000);

  it('initialSchema: a pg_dump -Fc archive the history starts from (older migrations archived), then every migration', async () => {
    const progress: string[] = [];
    const report = await analyseRepository({ repo: path.join(FIXTURES, 'initial-schema'), trees: { kind: 'one-tree' }, migrationsOnly: true, progress: (line) => progress.push(line) });
    expect(report.changes.map((change) => `${change.id} ${change.migration?.file}:${change.migration?.line}`)).toEqual([
      'column-added:public.Collectives.legalName migrations/20210826091807-add-legal-name-to-collectives.js:5',
      // The archive's foreign key now names the new column.
      'column-constraint-changed:public.Transactions.HostCollectiveId:Transactions_HostCollectiveId_fkey undefined:undefined',
      'column-renamed:public.Transactions.HostCollectiveId migrations/20210826091807-add-legal-name-to-collectives.js:6',
    ]);
    // The column's dependents come from the archive: its foreign key to Collectives, which follows the rename (a
    // constraint is kept by column number) and is the database dependent of the constraint's change.
    const dbObjects = (kind: string): (string | undefined)[] =>
      report.changes.find((change) => change.kind === kind)!.consumers.filter((consumer) => consumer.kind === 'db-object').map((consumer) => consumer.object);
    expect(dbObjects('column-renamed')).toEqual([]);
    expect(dbObjects('column-constraint-changed')).toEqual(['constraint public.Transactions.Transactions_HostCollectiveId_fkey']);
    // The dump's SequelizeMeta lists 20210105000000-add-currency-to-users.js: applied before the dump, not replayed.
    expect(progress[0]).toBe('applying the initial schema test/dbdumps/opencollective_dvl.pgsql + 1 base + 1 new migrations from migrations on embedded PGlite, then rehearsing rollback and re-upgrade');
    expect(report.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`)).toEqual([
      "schema-dump/migrations-recorded 1 of 2 base migrations are recorded as applied in the dump's public.SequelizeMeta (the last: migrations/20210105000000-add-currency-to-users.js): not replayed, as the runner skips them",
    ]);
  }, 180_000);

  it('initialSchema: the schema `usages` and `map` resolve against replays the same history as the report', async () => {
    const progress: string[] = [];
    const head = await readHeadSchema(path.join(FIXTURES, 'initial-schema'), (line) => progress.push(line));
    expect(progress).toEqual(['applying test/dbdumps/opencollective_dvl.pgsql and 2 migrations on embedded PGlite for the schema']);
    expect(head.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['schema-dump/migrations-recorded']);
    const transactions = head.schema.tables.find((table) => table.name === 'Transactions');
    expect(transactions?.columns.map((column) => column.name)).toContain('HostAccountId');
  }, 180_000);

  it('baseSchema: the schema `usages` and `map` resolve against is the dump with the new migration on top', async () => {
    const progress: string[] = [];
    const head = await readHeadSchema(path.join(FIXTURES, 'schema-dump'), (line) => progress.push(line));
    expect(progress).toEqual(['applying db/structure.sql and 1 migrations on embedded PGlite for the schema']);
    expect(head.source).toBe('db/structure.sql and 1 migrations in db/migrations');
    expect(head.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file}:${diagnostic.location.line}`)).toEqual(['schema-dump/roles-created db/structure.sql:28']);
    const columns = (table: string) => head.schema.tables.find((candidate) => candidate.name === table)?.columns.map((column) => column.name);
    // The dump's customers.email, renamed by the new migration; orders.legacy_note dropped by it.
    expect(columns('customers')).toContain('email_address');
    expect(columns('customers')).not.toContain('email');
    expect(columns('orders')).not.toContain('legacy_note');
  }, 180_000);
});
