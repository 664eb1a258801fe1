import { cp, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic, ErrorLocation, SchemaSnapshot } from '@ripple/model';
import { startPGliteForMigrations, type SnapshotOptions } from '../apply/snapshot-before-and-after.js';
import { introspectCatalog } from '../introspect/introspect-catalog.js';
import type { Migration } from '../migrations/migration.js';
import { runMigrationCommand } from './run-migration-command.js';
import { servePGlite } from './serve-pglite.js';

export interface CommandSnapshotOptions extends SnapshotOptions {
  /** The project's own migration command: `npx knex migrate:latest`. */
  readonly command: string;
  /** The tree whose migrations are the base schema, and the tree under review (the same path for one tree). */
  readonly baseTree: string;
  readonly headTree: string;
  /** In one tree: the new migration files (relative to the tree), left out of the base run's copy of it. */
  readonly newMigrationFiles?: readonly string[];
  /** The migrations Ripple read statically: the extensions they create are loaded (or stood in for) first. */
  readonly migrations: readonly Migration[];
  readonly timeoutSeconds: number;
  readonly progress: (line: string) => void;
  readonly configLocation: ErrorLocation;
}

/**
 * Base and head schemas from the project's own migration tool, run against the embedded PGlite served over the
 * wire protocol: the command runs in the base tree, then the schema is read; the command runs again in the head
 * tree on the same database (the tool's own record of what ran makes it apply only the new migrations), then the
 * schema is read again. One database for both keeps a column's position across a rename. The base run sees a
 * temporary copy of the base tree (in one tree: without the new migration files), so nothing is written to the
 * user's trees; its `node_modules` link to the installed ones (the head tree's when a checked-out base has none).
 */
export async function snapshotWithCommand(options: CommandSnapshotOptions): Promise<{ base: SchemaSnapshot; head: SchemaSnapshot; diagnostics: readonly Diagnostic[] }> {
  const { db, diagnostics } = await startPGliteForMigrations(options.migrations, options);
  const served = await servePGlite(db);
  const oneTree = options.baseTree === options.headTree;
  const baseCopy = await treeCopy(options.baseTree, oneTree ? (options.newMigrationFiles ?? []) : [], options.headTree);
  try {
    const query = async (sql: string, params: readonly unknown[]) => (await db.query(sql, [...params])).rows;
    const run = async (cwd: string, which: string) => {
      options.progress(`running \`${options.command}\` in the ${which} tree against the embedded PGlite`);
      await runMigrationCommand({ command: options.command, cwd, env: served.env, timeoutSeconds: options.timeoutSeconds, progress: options.progress, configLocation: options.configLocation });
    };
    await run(baseCopy, 'base');
    const base = await introspectCatalog(query, options.schemas);
    await run(options.headTree, 'head');
    const head = await introspectCatalog(query, options.schemas);
    return { base, head, diagnostics };
  } finally {
    await served.close();
    await db.close();
    await rm(baseCopy, { recursive: true, force: true });
  }
}

/**
 * A temporary copy of `root` without `.git` and the `left` files; its `node_modules` folders are links to the
 * originals, and when it has none at its top, a link to the nearest one of `installed` or its ancestors.
 */
async function treeCopy(root: string, left: readonly string[], installed: string): Promise<string> {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'ripple-base-'));
  const leftOut = new Set(left.map((file) => path.resolve(root, file)));
  const modules: string[] = [];
  await cp(root, copy, {
    recursive: true,
    filter: (source) => {
      const name = path.basename(source);
      if (name === 'node_modules') modules.push(source);
      return name !== '.git' && name !== 'node_modules' && !leftOut.has(path.resolve(source));
    },
  });
  for (const source of modules) await symlink(source, path.join(copy, path.relative(root, source)), 'dir');
  const top = modules.includes(path.join(root, 'node_modules')) ? undefined : await nearestNodeModules(installed);
  if (top) await symlink(top, path.join(copy, 'node_modules'), 'dir');
  return copy;
}

/** The `node_modules` in `dir` or its nearest ancestor that has one (a workspace hoists them to its root). */
async function nearestNodeModules(dir: string): Promise<string | undefined> {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const candidate = path.join(at, 'node_modules');
    if (await readdir(candidate).catch(() => undefined)) return candidate;
    if (path.dirname(at) === at) return undefined;
  }
}
