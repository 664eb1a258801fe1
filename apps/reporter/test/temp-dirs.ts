import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** Removes every temp dir `tempDir` made: run after each test file's tests by the project's setup file (test/setup.ts). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A new temp dir (`ripple-<prefix>-XXXXXX`) that is removed after the importing test file's tests. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `ripple-${prefix}-`));
  made.push(dir);
  return dir;
}
