import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRippleError } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { snapshotBeforeAndAfter } from '../apply/snapshot-before-and-after.js';
import { loadSchemaDump } from './load-schema-dump.js';
import { dumpJournal, isRecorded, plainDumpCopyBlocks } from './dump-journal.js';
import { archiveSchemaSql, archiveTableData, isDumpArchive, readDumpArchive } from './pg-dump-archive.js';

// The fixture's structure.sql restored on PostgreSQL 15 and dumped again with `pg_dump -Fc` (archive 1.14).
const ARCHIVE = 'fixtures/schema-dump/db/structure.dump';
const PLAIN = 'fixtures/schema-dump/db/structure.sql';
// The same, restored with a `SequelizeMeta` table of two rows and dumped with `pg_dump -Ft` (a tar file, archive 1.14):
// opencollective-api kept its development dump in this format in 2018.
const TAR = 'fixtures/schema-dump/db/structure.tar';
const bytes = readFileSync(path.join(PACKAGE_ROOT, ARCHIVE));

function failure(data: Uint8Array): string {
  try {
    readDumpArchive(data, 'db/prod.dump');
  } catch (error) {
    if (isRippleError(error)) return `${error.code} ${error.message}`;
    throw error;
  }
  return 'read';
}

describe('pg_dump custom archives (-Fc) read without pg_restore', () => {
  it('reads the header and every table-of-contents entry in pg_dump`s order', () => {
    const archive = readDumpArchive(bytes, ARCHIVE);
    expect([archive.version, archive.database, archive.serverVersion?.split(' ')[0]]).toEqual(['1.14.0', 'postgres', '15.18']);
    const tables = archive.entries.filter((entry) => entry.desc === 'TABLE').map((entry) => `${entry.namespace}.${entry.tag} ${entry.section}`);
    expect(tables).toEqual(['billing.invoices pre-data', 'public.customers pre-data', 'public.orders pre-data']);
    const sections = archive.entries.map((entry) => entry.section);
    // pre-data before data before post-data, as pg_dump sorts them.
    expect(sections.indexOf('post-data')).toBeGreaterThan(sections.lastIndexOf('pre-data'));
    expect(archive.entries.find((entry) => entry.desc === 'TABLE' && entry.tag === 'customers')?.defn).toMatch(/^CREATE TABLE public\.customers \(\n/);
  });

  it('builds the same base schema as the plain dump it was made from', async () => {
    const fromArchive = await loadSchemaDump(PACKAGE_ROOT, ARCHIVE);
    const fromPlain = await loadSchemaDump(PACKAGE_ROOT, PLAIN);
    const [archived, plain] = await Promise.all([
      snapshotBeforeAndAfter([fromArchive.migration], [], { cacheFile: TEST_CACHE_FILE }),
      snapshotBeforeAndAfter([fromPlain.migration], [], { cacheFile: TEST_CACHE_FILE }),
    ]);
    expect(archived.base).toEqual(plain.base);
    expect(archived.base.tables.map((table) => `${table.schema}.${table.name}`)).toEqual(['billing.invoices', 'public.customers', 'public.orders']);
    expect(fromArchive.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['schema-dump/roles-created']);
  });

  it('leaves out data entries and the database itself, as pg_restore --schema-only without --create', () => {
    const sql = archiveSchemaSql(readDumpArchive(bytes, ARCHIVE));
    expect(sql).not.toMatch(/CREATE DATABASE|COPY |setval\(/);
    expect(sql).toMatch(/^SET check_function_bodies = false;$/m);
  });

  it('a truncated archive, another archive format or an unread version is an error naming the file and byte', () => {
    expect(isDumpArchive(bytes)).toBe(true);
    expect(isDumpArchive(Buffer.from('--\n-- PostgreSQL database dump\n'))).toBe(false);
    expect(failure(bytes.subarray(0, 400))).toMatch(/^migration\/base-schema-unreadable db\/prod\.dump: byte \d+: the archive ends inside its table of contents/);
    const tar = Buffer.from(bytes);
    tar[10] = 3;
    expect(failure(tar)).toBe('migration/base-schema-unreadable db/prod.dump: byte 11: a pg_dump tar archive; only the custom (-Fc) and tar (-Ft) formats are read: convert it with `pg_restore --schema-only -f schema.sql`');
    const future = Buffer.from(bytes);
    future[6] = 17;
    expect(failure(future)).toMatch(/^migration\/base-schema-unreadable db\/prod\.dump: byte 8: archive version 1\.17\.0 is not read here/);
    expect(failure(Buffer.from('PGDMP'))).toMatch(/byte 5: the archive ends/);
  });

  it('reads the runner`s journal from an archive`s data and from a plain dump`s COPY block', () => {
    const archivePath = path.join(PACKAGE_ROOT, 'fixtures/initial-schema/test/dbdumps/opencollective_dvl.pgsql');
    const archiveBytes = readFileSync(archivePath);
    const archive = readDumpArchive(archiveBytes, 'dev.pgsql');
    const entry = archive.entries.find((candidate) => candidate.desc === 'TABLE DATA' && candidate.tag === 'SequelizeMeta')!;
    const journal = dumpJournal([{ statement: entry.copyStmt!, rows: archiveTableData(archiveBytes, archive, entry, 'dev.pgsql')! }]);
    expect(journal?.table).toBe('public.SequelizeMeta');
    expect([...(journal?.applied ?? [])]).toEqual(['20190101000000-create-users.js', '20190201000000-create-collectives.js', '20210105000000-add-currency-to-users.js']);
    const plain = ['COPY public.knex_migrations (id, name, batch, migration_time) FROM stdin;', '1\t20240101_init.js\t1\t2024-01-01', '2\t\\N\t1\t2024-01-02', '\\.', 'COPY public.users (id) FROM stdin;', '1', '\\.'].join('\n');
    const fromPlain = dumpJournal(plainDumpCopyBlocks(plain))!;
    expect([fromPlain.table, [...fromPlain.applied]]).toEqual(['public.knex_migrations', ['20240101_init.js']]);
    expect(isRecorded(fromPlain, { kind: 'migration', file: 'db/migrations/20240101_init.js', version: '20240101', name: 'init', format: 'knex', up: [] })).toBe(true);
  });

  it('reads a tar archive (-Ft): its toc.dat as the table of contents, each table`s rows from its NNNN.dat member', async () => {
    const tarBytes = readFileSync(path.join(PACKAGE_ROOT, TAR));
    expect(isDumpArchive(tarBytes)).toBe(true);
    const archive = readDumpArchive(tarBytes, TAR);
    expect(archive.entries.filter((entry) => entry.desc === 'TABLE').map((entry) => `${entry.namespace}.${entry.tag}`)).toEqual([
      'billing.invoices',
      'public.SequelizeMeta',
      'public.customers',
      'public.orders',
    ]);
    const fromTar = await loadSchemaDump(PACKAGE_ROOT, TAR);
    expect([fromTar.journal?.table, [...(fromTar.journal?.applied ?? [])]]).toEqual(['public.SequelizeMeta', ['20240101-init.js', '20240301-add-orders.js']]);
    const fromPlain = await loadSchemaDump(PACKAGE_ROOT, PLAIN);
    const [tarred, plain] = await Promise.all([
      snapshotBeforeAndAfter([fromTar.migration], [], { cacheFile: TEST_CACHE_FILE }),
      snapshotBeforeAndAfter([fromPlain.migration], [], { cacheFile: TEST_CACHE_FILE }),
    ]);
    expect(tarred.base.tables.filter((table) => table.name !== 'SequelizeMeta')).toEqual(plain.base.tables);
    // A tar file without toc.dat, and a member that runs past the end.
    const truncated = tarBytes.subarray(0, 2048);
    expect(failure(truncated)).toMatch(/^migration\/base-schema-unreadable db\/prod\.dump: byte 0: tar member "toc\.dat" runs past the end of the file$/);
    const renamed = Buffer.from(tarBytes);
    renamed.write('xoc', 0, 'latin1');
    expect(failure(renamed)).toBe('migration/base-schema-unreadable db/prod.dump: a tar file without a toc.dat member: not a pg_dump -Ft archive');
  });

  it('a binary file that is no archive is an error naming its first NUL byte, and a dump statement that does not parse is applied (PostgreSQL reports it), not a crash', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ripple-dump-'));
    try {
      writeFileSync(path.join(dir, 'junk.pgsql'), Buffer.concat([Buffer.from('toc.dat'), Buffer.alloc(8), Buffer.from('garbage')]));
      await expect(loadSchemaDump(dir, 'junk.pgsql')).rejects.toMatchObject({ code: 'migration/base-schema-unreadable', message: 'junk.pgsql: byte 7: binary content, neither SQL text nor a pg_dump custom (-Fc) or tar (-Ft) archive' });
      writeFileSync(path.join(dir, 'broken.sql'), 'CREATE TABLE a (id int);\nALTER SCHEMA garbage garbage;\nGRANT SELECT ON a TO ;\n');
      const dump = await loadSchemaDump(dir, 'broken.sql');
      expect(dump.migration.up.map((statement) => statement.sql)).toEqual(['CREATE TABLE a (id int)', 'ALTER SCHEMA garbage garbage', 'GRANT SELECT ON a TO', 'RESET ALL']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
