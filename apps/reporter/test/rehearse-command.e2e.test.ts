import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ServerRehearsal } from '@ripple/db-schema';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The throwaway-cluster helper of db-schema's real-server tests, and its full-state snapshot.
import { databaseState, sessionsOf } from '../../../packages/db-schema/test/database-state.js';
import { postgresUnavailableReason, startPostgresServer, type PostgresServer } from '../../../packages/db-schema/test/postgres-server.js';
import { run } from '../src/cli/run.js';
import { recordingIo } from './run-io.js';
import { tempDir } from './temp-dirs.js';

const unavailable = postgresUnavailableReason();
const staging = resolve(import.meta.dirname, '../../../packages/db-schema/fixtures/rehearse-on-server/staging.sql');
const bin = resolve(import.meta.dirname, '../src/bin.ts');

/** A repository whose config names its new migration: V1 is the base (already on the server), V2 the change. */
async function repoWithNewMigration(sql: string): Promise<string> {
  const repo = await tempDir('rehearse');
  await mkdir(join(repo, 'db/migrations'), { recursive: true });
  await writeFile(join(repo, 'ripple.config.json'), JSON.stringify({ migrations: { dir: 'db/migrations', format: 'flyway', new: ['V2__change.sql'] } }));
  await writeFile(join(repo, 'db/migrations/V1__base.sql'), 'CREATE TABLE customers (id serial PRIMARY KEY, email text, name text NOT NULL);\n');
  await writeFile(join(repo, 'db/migrations/V2__change.sql'), sql);
  return repo;
}

describe.skipIf(unavailable !== undefined)('ripple rehearse --db-url: the new migrations on a staging server, rolled back', () => {
  let server: PostgresServer;
  let url: string;

  beforeAll(async () => {
    server = await startPostgresServer();
    // trust authentication ignores the password: it is there to prove it is never printed
    url = server.urlFor('postgres', 'postgres', 'staging-s3cret');
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query(await readFile(staging, 'utf8'));
    await client.end();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('reports each statement as JSON and as text, and leaves the database as it was', async () => {
    const repo = await repoWithNewMigration("ALTER TABLE customers ADD COLUMN tier text NOT NULL DEFAULT 'basic';\nALTER TABLE orders ALTER COLUMN total TYPE double precision;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n");
    const before = await databaseState(server.url);
    const io = recordingIo();
    expect(await run(['rehearse', '--repo', repo, '--db-url', url, '--i-know-this-is-not-production', '--lock-timeout', '1s', '--format', 'json'], io)).toBe(0);
    const rehearsal = JSON.parse(io.out()) as ServerRehearsal;
    expect(rehearsal).toMatchObject({ server: url.replace('staging-s3cret', '***'), lockTimeout: '1s', statementTimeout: '60s', rolledBack: true });
    expect(rehearsal.statements.map((statement) => [statement.file, statement.line, statement.outcome, statement.rewritten])).toEqual([
      ['db/migrations/V2__change.sql', 1, 'ok', []],
      ['db/migrations/V2__change.sql', 2, 'ok', ['public.orders', 'public.orders_customer_id_idx', 'public.orders_pkey']],
      ['db/migrations/V2__change.sql', 3, 'not-rehearsed', undefined],
    ]);
    expect(`${io.out()}${io.err()}`).not.toContain('staging-s3cret');
    expect(await databaseState(server.url)).toEqual(before);

    const text = recordingIo();
    expect(await run(['rehearse', '--repo', repo, '--db-url', url, '--i-know-this-is-not-production', '--format', 'text'], text)).toBe(0);
    expect(text.out()).toMatch(/^Rehearsal on postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/postgres \(database postgres, PostgreSQL [\d.]+.*, primary\)\n/);
    expect(text.out()).toMatch(/\n {2}lock AccessExclusiveLock on public\.orders, held about [\d.]+ ms: blocks reads, row locks, writes, vacuum and index builds, schema changes\n/);
    expect(text.out()).toMatch(/\n {2}ok in [\d.]+ ms, 0 rows touched, rewrites public\.orders, public\.orders_customer_id_idx, public\.orders_pkey\n/);
    expect(text.out()).toMatch(/\n {2}not rehearsed: CREATE INDEX CONCURRENTLY cannot run inside a transaction block, would take about [\d.]+ s \(CREATE INDEX CONCURRENTLY: 2 passes over .* \(6000 rows\)/);
    expect(text.out()).toMatch(/\n3 statements: 2 ok, 1 not-rehearsed; [\d.]+ ms; ROLLBACK done, nothing committed\n$/);
    expect(await databaseState(server.url)).toEqual(before);
  });

  it('refuses a primary without --i-know-this-is-not-production (exit 2), without printing the password', async () => {
    const repo = await repoWithNewMigration('DROP TABLE orders;\n');
    const io = recordingIo();
    expect(await run(['rehearse', '--repo', repo, '--db-url', url], io)).toBe(2);
    expect(io.err()).toMatch(/^ripple: refusing to rehearse: database 'postgres' is on a primary server/);
    expect(`${io.out()}${io.err()}`).not.toContain('staging-s3cret');
  });

  it('exits 1 with PostgreSQL\'s message when a statement fails half way, and nothing changed', async () => {
    const repo = await repoWithNewMigration("UPDATE customers SET name = upper(name);\nALTER TABLE customers ALTER COLUMN email SET NOT NULL;\nDROP TABLE orders;\n");
    const before = await databaseState(server.url);
    const io = recordingIo();
    expect(await run(['rehearse', '--repo', repo, '--db-url', url, '--i-know-this-is-not-production', '--format', 'text'], io)).toBe(1);
    expect(io.out()).toContain('  FAILED after');
    expect(io.out()).toContain('column "email" of relation "customers" contains null values (SQLSTATE 23502)');
    expect(io.out()).toMatch(/\n3 statements: 1 ok, 1 failed, 1 not-reached; .*\nThe migration fails at db\/migrations\/V2__change\.sql:2: column "email"/);
    expect(await databaseState(server.url)).toEqual(before);
  });

  it('leaves nothing behind when the process is killed (SIGKILL) in the middle of a long statement', async () => {
    const repo = await repoWithNewMigration("ALTER TABLE customers ADD COLUMN score integer;\nUPDATE customers SET score = 1;\nSELECT pg_sleep(120);\n");
    const before = await databaseState(server.url);
    const child = spawn(process.execPath, ['--import', 'tsx', bin, 'rehearse', '--repo', repo, '--db-url', url, '--i-know-this-is-not-production', '--format', 'json'], {
      cwd: resolve(import.meta.dirname, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((done) => child.once('exit', done));
    try {
      // Wait until the rehearsal sleeps inside its transaction, holding the ACCESS EXCLUSIVE lock of the new column.
      const sleeping = async () => {
        const client = new pg.Client({ connectionString: server.url });
        await client.connect();
        try {
          const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid WHERE a.application_name = 'ripple-rehearse' AND a.query LIKE '%pg_sleep%' AND l.mode = 'AccessExclusiveLock' AND l.relation = 'customers'::regclass");
          return rows[0]!.n > 0;
        } finally {
          await client.end();
        }
      };
      const deadline = Date.now() + 60_000;
      while (!(await sleeping())) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the rehearsal never reached pg_sleep: ${output}`);
        await new Promise((wait) => setTimeout(wait, 200));
      }
      child.kill('SIGKILL');
      await exited;
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    // client_connection_check_interval (1 s) makes the server notice the dead client mid-pg_sleep and roll back.
    const killedAt = Date.now();
    while ((await sessionsOf(server.url, 'ripple-rehearse')).sessions > 0) {
      if (Date.now() - killedAt > 15_000) throw new Error('the killed rehearsal session is still on the server');
      await new Promise((wait) => setTimeout(wait, 200));
    }
    expect(Date.now() - killedAt).toBeLessThan(15_000);
    expect(await sessionsOf(server.url, 'ripple-rehearse')).toEqual({ sessions: 0, locks: 0 });
    expect(await databaseState(server.url)).toEqual(before);
    expect(output).not.toContain('staging-s3cret');
  });
});

describe('ripple rehearse --seed: the new migrations on embedded PGlite loaded with the user\'s rows', () => {
  const fixture = resolve(import.meta.dirname, '../../../packages/db-schema/fixtures/rehearse-on-data');

  it('lists what only the data reveals, by line, and exits 1 on an error finding', async () => {
    const io = recordingIo();
    expect(await run(['rehearse', '--repo', fixture, '--seed', join(fixture, 'seed.sql'), '--format', 'text'], io)).toBe(1);
    const lines = io.out().split('\n');
    expect(lines[0]).toMatch(/^Rehearsal on data: .*\/seed\.sql loaded on the base schema \(rows: public\.countries 2, public\.customers 6, public\.orders 5\)$/);
    expect(lines.filter((line) => line.startsWith('db/')).map((line) => line.split('  ').slice(0, 3).join(' '))).toEqual([
      'db/migrations/V2__tighten_customers.sql:1 error data-not-null-violated',
      'db/migrations/V2__tighten_customers.sql:2 error data-unique-violated',
      'db/migrations/V2__tighten_customers.sql:3 error data-cast-fails',
      'db/migrations/V2__tighten_customers.sql:4 error data-check-violated',
      'db/migrations/V2__tighten_customers.sql:5 error data-foreign-key-violated',
      'db/migrations/V2__tighten_customers.sql:6 error data-not-null-violated',
      'db/migrations/V2__tighten_customers.sql:7 warning data-full-table-update',
    ]);
    expect(io.out()).toContain('customers.email: 2 existing rows hold NULL; PostgreSQL: column "email" of relation "customers" contains null values');
    expect(io.out()).toMatch(/\n7 findings, 0 diagnostics\n$/);
  });

  it('refuses --seed with --db-url, and neither (exit 2)', async () => {
    const both = recordingIo();
    expect(await run(['rehearse', '--repo', fixture, '--seed', 'seed.sql', '--db-url', 'postgres://u:pw-secret@127.0.0.1:1/db'], both)).toBe(2);
    expect(both.err()).toMatch(/^ripple: rehearse: give --db-url URL .* or --seed FILE\.sql \/ --sample N .*, not both\n$/);
    expect(both.err()).not.toContain('pw-secret');
    const neither = recordingIo();
    expect(await run(['rehearse', '--repo', fixture], neither)).toBe(2);
  });
});

describe('ripple rehearse --sample N: the new migrations on embedded PGlite loaded with generated rows', () => {
  const sampleFixture = resolve(import.meta.dirname, '../../../packages/db-schema/fixtures/rehearse-on-sample');
  const seedFixture = resolve(import.meta.dirname, '../../../packages/db-schema/fixtures/rehearse-on-data');

  it('lists what the sample reveals, by line, says the rows are the sample\'s, and exits 1 on an error finding', async () => {
    const io = recordingIo();
    expect(await run(['rehearse', '--repo', sampleFixture, '--sample', '50', '--format', 'text'], io)).toBe(1);
    const lines = io.out().split('\n');
    expect(lines[0]).toMatch(/^Rehearsal on data: a sample of 50 generated rows per table loaded on the base schema \(rows: public\.issue_activities 50, .*public\.workspaces 50\)$/);
    expect(lines.filter((line) => line.startsWith('db/')).map((line) => line.split('  ').slice(0, 3).join(' '))).toEqual([
      'db/migrations/V2__issue_constraints.sql:1 error data-not-null-violated',
      'db/migrations/V2__issue_constraints.sql:2 error data-unique-violated',
      'db/migrations/V2__issue_constraints.sql:3 error data-cast-fails',
      'db/migrations/V2__issue_constraints.sql:4 error data-check-violated',
      'db/migrations/V2__issue_constraints.sql:5 error data-foreign-key-violated',
      'db/migrations/V2__issue_constraints.sql:6 warning data-full-table-update',
    ]);
    expect(io.out()).toMatch(/issues\.description_html: \d+ existing rows hold NULL in the sample \(50 generated rows per table\); PostgreSQL: /);
    const again = recordingIo();
    expect(await run(['rehearse', '--repo', sampleFixture, '--sample', '50', '--format', 'json'], again)).toBe(1);
    const json = JSON.parse(again.out()) as { sample: { rowsPerTable: number }; seed?: string; findings: { message: string }[] };
    expect(json.sample.rowsPerTable).toBe(50);
    expect(json.seed).toBeUndefined();
    // deterministic: the same counts as the text run
    expect(json.findings[0]?.message).toBe(lines.find((line) => line.includes('data-not-null-violated'))?.split('  ').slice(3).join('  '));
  });

  it('adds the sample after the seed\'s rows', async () => {
    const io = recordingIo();
    expect(await run(['rehearse', '--repo', seedFixture, '--seed', join(seedFixture, 'seed.sql'), '--sample', '20', '--format', 'json'], io)).toBe(1);
    const json = JSON.parse(io.out()) as { seed: string; sample: { inserted: Record<string, number> }; rows: Record<string, number>; findings: { id: string; message: string }[] };
    expect(json.seed).toMatch(/seed\.sql$/);
    expect(json.rows['public.customers']).toBe(6 + json.sample.inserted['public.customers']!);
    expect(json.findings[0]?.message).toMatch(/^customers\.email: \d+ existing rows hold NULL in the seed and the sample \(20 generated rows per table\)/);
  });

  it('refuses a bad N and --sample with --db-url (exit 2)', async () => {
    for (const bad of ['0', '-3', '2.5', 'ten', '100001']) {
      const io = recordingIo();
      expect(await run(['rehearse', '--repo', sampleFixture, `--sample=${bad}`], io)).toBe(2);
      expect(io.err()).toMatch(/^ripple: --sample must be a whole number of rows per table from 1 to 100000 \(got .*\)\n$/);
    }
    const both = recordingIo();
    expect(await run(['rehearse', '--repo', sampleFixture, '--sample', '10', '--db-url', 'postgres://u:pw-secret@127.0.0.1:1/db'], both)).toBe(2);
    expect(both.err()).toMatch(/not both\n$/);
    expect(both.err()).not.toContain('pw-secret');
  });
});

