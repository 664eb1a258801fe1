import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { discoverServices, scanUsages } from '@ripple/code-scan';
import { diffSchemas, loadMigrations, snapshotBeforeAndAfter, type Migration } from '@ripple/db-schema';
import { RippleError, type ApiChange, type ImpactReport } from '@ripple/model';
import { diffOpenApi, indexApiFields, loadOpenApi } from '@ripple/openapi-diff';
import { CONFIG_FILE, loadConfig } from '../config/load-config.js';
import type { RippleConfig } from '../config/ripple-config.js';
import type { ServiceApiField } from '../join/api-fields-for-column.js';
import { buildImpactReport } from '../join/build-impact-report.js';

export interface AnalyseOptions {
  /** The repository to analyse; report paths are relative to it. */
  readonly repo: string;
  /** The config file, relative to `repo`. */
  readonly configFile?: string;
  /** Human progress, one line per stage (the CLI sends it to stderr). */
  readonly progress: (message: string) => void;
}

/** Reads everything the report needs from one repository tree and joins it. All I/O of a `report` run is here. */
export async function analyseRepository(options: AnalyseOptions): Promise<ImpactReport> {
  const repoRoot = resolve(options.repo);
  await assertDirectory(repoRoot, options.repo);
  const config = await loadConfig(repoRoot, options.configFile ?? CONFIG_FILE);

  // Everything that can be wrong with the input is read before the slow steps, so bad input fails fast.
  const migrations = await loadMigrations(repoRoot, config.migrations.dir);
  const { base: baseMigrations, added: newMigrations } = splitNewMigrations(migrations, config);
  const apis = await Promise.all(
    config.openapi.map(async (api) => ({
      api,
      base: await loadOpenApi(api.base, { root: repoRoot }),
      head: await loadOpenApi(api.head, { root: repoRoot }),
    })),
  );

  options.progress(`applying ${baseMigrations.length} base + ${newMigrations.length} new migrations from ${config.migrations.dir} on embedded PGlite`);
  const snapshots = await snapshotBeforeAndAfter(baseMigrations, newMigrations);
  const changes = diffSchemas(snapshots.base, snapshots.head, { migrations: newMigrations });

  options.progress('scanning services for column usages');
  const services = await discoverServices(repoRoot);
  const scan = await scanUsages({ root: repoRoot, schema: snapshots.base, services });

  options.progress(`diffing ${apis.length} API description${apis.length === 1 ? '' : 's'}`);
  const apiChanges: ApiChange[] = apis.flatMap(({ base, head }) => [...diffOpenApi(base, head)]);
  const apiFields: ServiceApiField[] = apis.flatMap(({ api, base }) => indexApiFields(base).map((field) => ({ service: api.service, field })));

  return buildImpactReport({
    changes,
    baseSchema: snapshots.base,
    usages: scan.usages,
    apiFields,
    apiChanges,
    findings: [],
    diagnostics: scan.diagnostics,
  });
}

async function assertDirectory(path: string, given: string): Promise<void> {
  const stats = await stat(path).catch(() => undefined);
  if (!stats?.isDirectory()) throw new RippleError('input/not-found', `--repo ${given}: no such directory`);
}

/**
 * The migrations the change adds, as the config names them (relative to the migrations folder); without that,
 * the one with the highest version.
 */
export function splitNewMigrations(
  migrations: readonly Migration[],
  config: RippleConfig,
): { readonly base: readonly Migration[]; readonly added: readonly Migration[] } {
  const dir = config.migrations.dir.replace(/\/+$/, '');
  const named = config.migrations.new;
  if (named === undefined) return { base: migrations.slice(0, -1), added: migrations.slice(-1) };
  const wanted = new Set(named.map((name) => `${dir}/${name}`));
  for (const [index, name] of named.entries()) {
    if (!migrations.some((migration) => migration.file === `${dir}/${name}`)) {
      throw new RippleError('config/invalid', `migrations.new: no migration ${name} in ${dir}`, {
        file: CONFIG_FILE,
        pointer: `/migrations/new/${index}`,
      });
    }
  }
  return {
    base: migrations.filter((migration) => !wanted.has(migration.file)),
    added: migrations.filter((migration) => wanted.has(migration.file)),
  };
}
