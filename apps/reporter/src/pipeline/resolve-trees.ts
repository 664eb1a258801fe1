import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { RippleError } from '@ripple/model';

const execFileAsync = promisify(execFile);

/** Where to read the base and head versions of the repository from. */
export type TreeSelection =
  | { readonly kind: 'one-tree' }
  | { readonly kind: 'dirs'; readonly baseDir: string; readonly headDir: string }
  | { readonly kind: 'git'; readonly base?: string; readonly head?: string };

/** Two directories with the same layout: the repository before and after the change. */
export interface Trees {
  readonly base: string;
  readonly head: string;
  /** What they are, for progress lines: `a1b2c3d..working tree`. */
  readonly description: string;
  /** Removes any temporary checkout. */
  readonly dispose: () => Promise<void>;
}

/**
 * Materialises the base and head trees. Git refs are read with git itself (`git archive` into a temp dir), so the
 * user's working tree is never touched; without `--head`, head is the working tree; without `--base`, base is the
 * merge base of HEAD with the default branch.
 */
export async function resolveTrees(repo: string, selection: Exclude<TreeSelection, { kind: 'one-tree' }>): Promise<Trees> {
  if (selection.kind === 'dirs') {
    await assertDirectory(selection.baseDir, '--base-dir');
    await assertDirectory(selection.headDir, '--head-dir');
    return { base: resolve(selection.baseDir), head: resolve(selection.headDir), description: `${selection.baseDir}..${selection.headDir}`, dispose: async () => {} };
  }
  const repoRoot = resolve(repo);
  await git(repoRoot, ['rev-parse', '--show-prefix']); // fails clearly outside a git work tree
  const baseRef = selection.base ?? (await mergeBaseWithDefaultBranch(repoRoot));
  const temps: string[] = [];
  try {
    const base = await archiveTree(repoRoot, baseRef, temps);
    const head = selection.head === undefined ? repoRoot : await archiveTree(repoRoot, selection.head, temps);
    return {
      base,
      head,
      description: `${selection.base ?? `merge-base ${baseRef.slice(0, 12)}`}..${selection.head ?? 'working tree'}`,
      dispose: () => removeAll(temps),
    };
  } catch (error) {
    await removeAll(temps);
    throw error;
  }
}

async function archiveTree(repoRoot: string, ref: string, temps: string[]): Promise<string> {
  const commit = (await git(repoRoot, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => '')).trim();
  if (commit === '') throw new RippleError('input/bad-ref', `${ref}: not a commit in ${repoRoot}`);
  const dir = await mkdtemp(join(tmpdir(), 'ripple-tree-'));
  temps.push(dir);
  await new Promise<void>((done, fail) => {
    // Run in a sub-folder of the work tree, git archive writes that sub-folder alone, its paths relative to it.
    const archive = spawn('git', ['-C', repoRoot, 'archive', '--format=tar', commit], { stdio: ['ignore', 'pipe', 'pipe'] });
    const untar = spawn('tar', ['-x', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    archive.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    untar.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    archive.stdout.pipe(untar.stdin);
    let pending = 2;
    const finish = (code: number | null): void => {
      if (code !== 0) fail(new RippleError('input/git', `git archive ${ref}: ${errors.trim() || `exit ${code}`}`));
      else if (--pending === 0) done();
    };
    archive.on('close', finish);
    untar.on('close', finish);
    archive.on('error', (error) => fail(new RippleError('input/git', `git: ${error.message}`)));
  });
  return dir;
}

/** The merge base of HEAD and the default branch (origin's HEAD, else main, else master). */
async function mergeBaseWithDefaultBranch(repoRoot: string): Promise<string> {
  const candidates = [
    (await git(repoRoot, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']).catch(() => '')).trim(),
    'origin/main',
    'main',
    'origin/master',
    'master',
  ].filter((ref) => ref !== '');
  for (const ref of candidates) {
    const base = (await git(repoRoot, ['merge-base', 'HEAD', ref]).catch(() => '')).trim();
    if (base !== '') return base;
  }
  throw new RippleError('input/bad-ref', `no default branch to compare with in ${repoRoot} (tried ${candidates.join(', ')}): pass --base REF`);
}

async function git(cwd: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', ['-C', cwd, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    if (/not a git repository/.test(stderr)) throw new RippleError('input/not-git', `${cwd}: not a git repository (use --base-dir and --head-dir)`);
    throw new RippleError('input/git', `git ${args[0]}: ${stderr || (error as Error).message}`);
  }
}

async function assertDirectory(path: string, option: string): Promise<void> {
  const stats = await stat(path).catch(() => undefined);
  if (!stats?.isDirectory()) throw new RippleError('input/not-found', `${option} ${path}: no such directory`);
}

async function removeAll(dirs: readonly string[]): Promise<void> {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Whether `dir` is inside a git working tree (and git is installed). */
export async function isGitWorkTree(dir: string): Promise<boolean> {
  try {
    const { stdout } = await execFileAsync('git', ['-C', dir, 'rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' });
    return stdout.trim() === 'true';
  } catch {
    return false;
  }
}
