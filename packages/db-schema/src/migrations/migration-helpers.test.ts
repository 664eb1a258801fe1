import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { rehearseMigrations } from '../apply/rehearse-migrations.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { loadMigrations } from './load-migrations.js';

const DIR = 'fixtures/migration-helpers/server/migrations';

describe("a migration that calls the project's own functions, guarded by hasTable/hasColumn answers", () => {
  it("migration-helpers: functions of model files (a whole module, a spread index, a destructured require) are replayed in their files with the migration's Knex, their SQL at the migration's call; what they cannot replay names their file and line", async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, DIR);
    const shown = migrations.map((migration) => ({
      name: migration.name,
      up: migration.up.map((statement) => `${statement.line}:${statement.column}${statement.guarded ? ' (guarded)' : ''} ${statement.sql.slice(0, 40)}`),
      diagnostics: (migration.diagnostics ?? []).map((d) => `${d.location.file.slice(DIR.length - 'migrations'.length)}:${d.location.line}:${d.location.column} ${d.message}`),
    }));
    expect(shown).toEqual([
      {
        name: 'constraints',
        up: [
          '4:9 (guarded) create table "users" ("id" serial primar',
          '4:9 (guarded) alter table "users" add constraint "user',
          '5:9 (guarded) create table "links" ("id" serial primar',
          '5:9 (guarded) alter table "links" add constraint "link',
        ],
        diagnostics: [
          'migrations/20200211220920_constraints.js:5:9 in fixtures/migration-helpers/server/models/link.model.js:7: table.string("target", process.env.LINK_LENGTH).notNullable(...): `process` is not a literal, a const of this file or Knex\'s own object (if the migration runner sets it as a global, give its value in `migrations.globals` of ripple.config.json); its SQL is not applied',
          "migrations/20200211220920_constraints.js:6:9 models.createReportTable(...): '../models' exports no function or constant `createReportTable` the replay reads; its SQL is not applied",
        ],
      },
      {
        name: 'domains',
        up: [
          '4:9 (guarded) create table "domains" ("id" serial prim',
          '4:9 (guarded) alter table "domains" add constraint "do',
          '7:11 (guarded) alter table "links" add column "domain_i',
          '7:11 (guarded) alter table "links" add constraint "link',
        ],
        diagnostics: [],
      },
      {
        name: 'description',
        up: [
          '4:9 (guarded) create table "domains" ("id" serial prim',
          '4:9 (guarded) alter table "domains" add constraint "do',
          // After `if (hasDescription) return;`: the guarded work.
          '7:9 (guarded) alter table "links" add column "descript',
        ],
        diagnostics: [],
      },
      { name: 'remove_cooldown', up: ['4:11 (guarded) alter table "users" drop column "cooldow'], diagnostics: [] },
    ]);
    // The role enum's labels come from the model file's own `require("../consts")`.
    expect(migrations[0]!.up[0]!.sql).toContain(`"role" text check ("role" in ('USER', 'ADMIN')) not null default 'USER'`);
  });

  it('replayed on PGlite: a guarded statement refused because its object exists is the guard answering, not a failure; the new migration drops the column', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, DIR);
    const added = migrations.slice(-1);
    const result = await rehearseMigrations(migrations.slice(0, -1), added, { cacheFile: TEST_CACHE_FILE });
    expect(result.diagnostics).toEqual([]);
    // The down does nothing (kutt's `async function down(knex) {}`): said; re-upgrading passes the dropped column over, as its guard would.
    expect(result.findings.map((finding) => finding.id)).toEqual(['rollback-incomplete']);
    const changes = diffSchemas(result.base, result.head, { migrations: added });
    expect(changes.map((change) => `${change.kind} ${change.column.table}.${change.column.column}`)).toEqual(['column-dropped users.cooldown']);
  });
});
