import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { recordingIo } from './run-io.js';

const scenario = resolve(import.meta.dirname, '../../../fixtures/users-email-renamed');

async function report(argv: readonly string[]): Promise<{ code: number; json: unknown; err: string }> {
  const io = recordingIo();
  const code = await run(['report', ...argv, '--format', 'json'], io);
  return { code, json: io.out() ? JSON.parse(io.out()) : undefined, err: io.err() };
}

describe('ripple report across base and head trees (users-email-renamed)', () => {
  it('with --base-dir and --head-dir: forgotten and handled consumers, as known by hand', async () => {
    const result = await report(['--repo', join(scenario, 'head'), '--base-dir', join(scenario, 'base'), '--head-dir', join(scenario, 'head')]);
    expect(result.err).not.toMatch(/ripple: .*error/i);
    expect(result.code).toBe(0);
    const expected = JSON.parse(await readFile(join(scenario, 'expected/impact.json'), 'utf8'));
    expect(result.json).toEqual(expected);
  });

  it.each([
    ['at the top of the repository', ''],
    ['in a sub-folder of the repository', 'app'],
  ])("with git refs in a repository built here, --repo %s: the same report, and the user's working tree untouched", async (_where, sub) => {
    const top = await mkdtemp(join(tmpdir(), 'ripple-git-'));
    const repo = join(top, sub);
    const git = (...args: string[]): string =>
      execFileSync('git', ['-C', top, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' }).trim();
    try {
      git('init', '-q', '-b', 'main');
      await cp(join(scenario, 'base'), repo, { recursive: true });
      git('add', '-A');
      git('commit', '-q', '-m', 'base');
      const base = git('rev-parse', 'HEAD');
      git('checkout', '-q', '-b', 'rename-email');
      await rm(join(repo, 'services'), { recursive: true });
      await cp(join(scenario, 'head'), repo, { recursive: true });
      git('add', '-A');
      git('commit', '-q', '-m', 'rename users.email');
      const statusBefore = git('status', '--porcelain');

      const expected = JSON.parse(await readFile(join(scenario, 'expected/impact.json'), 'utf8'));
      const byRefs = await report(['--repo', repo, '--base', base, '--head', 'rename-email']);
      expect(byRefs.err).not.toMatch(/ripple: .*error|git archive/i);
      expect(byRefs.code).toBe(0);
      expect(byRefs.json).toEqual(expected);

      // --git: the working tree against the merge base with main.
      const byMergeBase = await report(['--repo', repo, '--git']);
      expect(byMergeBase.json).toEqual(expected);

      // No flag, and a config that does not name the new migrations: in a git repository that is --git too.
      const byDefault = await report(['--repo', repo]);
      expect(byDefault.err).toMatch(/comparing merge-base [0-9a-f]{12}\.\.working tree/);
      expect(byDefault.json).toEqual(expected);
      expect(git('status', '--porcelain')).toBe(statusBefore);
    } finally {
      await rm(top, { recursive: true, force: true });
    }
  });

  it('without a config file: the migrations folder and the OpenAPI description are detected, same report, saying what it read', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'ripple-noconfig-'));
    try {
      await cp(scenario, copy, { recursive: true });
      await rm(join(copy, 'base/ripple.config.json'));
      await rm(join(copy, 'head/ripple.config.json'));
      const result = await report(['--repo', join(copy, 'head'), '--base-dir', join(copy, 'base'), '--head-dir', join(copy, 'head')]);
      expect(result.code).toBe(0);
      const inputs = {
        migrations: { dir: 'db/migrations', format: 'golang-migrate', reason: 'db/migrations by its name (2 migrations), format golang-migrate (detected: <version>_<name>.up.sql files)' },
      };
      expect(result.json).toEqual({ ...JSON.parse(await readFile(join(scenario, 'expected/impact.json'), 'utf8')), inputs });
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('names a ref that is not a commit, and exits 2', async () => {
    const result = await report(['--repo', scenario, '--base', 'no-such-ref']);
    expect(result.code).toBe(2);
    expect(result.err.trim().split('\n').at(-1)).toMatch(/^ripple: (no-such-ref: not a commit|.*not a git repository)/);
  });
});
