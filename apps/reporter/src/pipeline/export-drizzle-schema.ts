import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { RippleError, type ErrorLocation } from '@ripple/model';

/** Where errors about the schema source point: `migrations.schemaSource` in the config, or the detected schema file. */
export type SchemaSourceLocation = ErrorLocation;

/**
 * The project's own drizzle-kit: `node_modules/.bin/drizzle-kit` in `from` (a tree, or the folder of its schema
 * file: a monorepo installs drizzle-kit in the package that holds the schema, as rybbit's `server/`) or the nearest
 * folder above it (one check per path segment, up to the filesystem root). `undefined` when there is none.
 */
export async function findDrizzleKit(from: string): Promise<string | undefined> {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, 'node_modules', '.bin', 'drizzle-kit');
    if (await access(candidate).then(() => true, () => false)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The last `count` non-empty lines of a tool's stderr, for an error message. */
export function lastLines(text: string, count: number): string {
  return text.split('\n').filter((line) => line.trim() !== '').slice(-count).join('\n');
}

/**
 * A tool's error output without the stack it printed: the lines before the first `    at ...` frame (an error
 * that has none keeps its last lines), `count` at most.
 */
export function withoutStackFrames(text: string, count: number): string {
  const lines = text.split('\n');
  const firstFrame = lines.findIndex((line) => /^\s+at /.test(line));
  return firstFrame < 0 ? lastLines(text, count) : lastLines(lines.slice(0, firstFrame).join('\n'), count);
}

/**
 * The DDL drizzle-kit prints for the Drizzle schema at `schemaPath` (relative to `tree`):
 * `drizzle-kit export --dialect postgresql --schema <schemaPath>`, run in `tree`.
 * Missing tool or failing tool (an error exit, or an error and no SQL): a RippleError (the CLI exits 2), with the
 * tool's error lines, not its stack.
 */
export async function exportDrizzleSchema(options: {
  readonly tree: string;
  readonly schemaPath: string;
  readonly progress: (message: string) => void;
  readonly location: SchemaSourceLocation;
  readonly timeoutSeconds?: number;
}): Promise<string> {
  const { tree, schemaPath, location } = options;
  const tool = await findDrizzleKit(dirname(join(tree, schemaPath)));
  if (tool === undefined) {
    throw new RippleError(
      'migration/schema-source-tool-missing',
      `migrations.schemaSource ${schemaPath}: drizzle-kit not found in node_modules/.bin of the project or a folder above it; install it with \`npm i -D drizzle-kit drizzle-orm\``,
      location,
    );
  }
  options.progress(`exporting the Drizzle schema ${schemaPath} with drizzle-kit`);
  const args = ['export', '--dialect', 'postgresql', '--schema', schemaPath];
  return new Promise((resolvePromise, reject) => {
    execFile(tool, args, { cwd: tree, timeout: (options.timeoutSeconds ?? 120) * 1000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      // drizzle-kit 0.31 prints an error loading the schema (a missing import, a throw) and exits 0 with no SQL.
      const loadFailed = !error && String(stdout).trim() === '' && String(stderr).trim() !== '';
      if (error || loadFailed) {
        const detail = withoutStackFrames(String(stderr), 10) || lastLines(String(stdout), 10) || error?.message || '';
        reject(new RippleError('migration/schema-source-failed', `migrations.schemaSource ${schemaPath}: drizzle-kit export failed:\n${detail}`, location));
        return;
      }
      resolvePromise(String(stdout));
    });
  });
}
