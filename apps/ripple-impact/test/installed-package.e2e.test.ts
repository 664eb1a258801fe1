// The package as users get it: built, packed with `pnpm pack`, installed with npm into a fresh project (the
// registry serves only the third-party dependencies), and run there on a copy of fixtures/shop. Its output must
// equal what the CLI gives in this repository, and the GitHub Action's steps must produce the comment and SARIF.
import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../reporter/src/cli/run.js';
import { recordingIo } from '../../reporter/test/run-io.js';

const exec = promisify(execFile);
const here = resolve(import.meta.dirname, '..');
const repoRoot = resolve(here, '../..');
const shop = join(repoRoot, 'fixtures/shop');
const golden = join(repoRoot, 'apps/reporter/test/golden');
const version = (JSON.parse(await readFile(join(here, 'package.json'), 'utf8')) as { version: string }).version;

let work = '';
let project = '';

interface Result {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs a command to its end; never rejects on a non-zero exit. */
function runCommand(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, out, err }));
  });
}

/** The installed CLI, run in the fresh project. */
const installed = (args: readonly string[]) => runCommand(join(project, 'node_modules/.bin/ripple'), args, project);

/** The same command in-process, from this repository's sources. */
async function inRepository(args: readonly string[]): Promise<Result> {
  const io = recordingIo();
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ripple-installed-'));
  await exec('node', ['--import', 'tsx', 'scripts/bundle.ts'], { cwd: here });
  await exec('pnpm', ['pack', '--pack-destination', work], { cwd: here });
  const tarball = (await readdir(work)).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`pnpm pack wrote no tarball into ${work}`);
  project = join(work, 'project');
  await cp(shop, join(project, 'shop'), { recursive: true });
  await writeFile(join(project, 'package.json'), `${JSON.stringify({ name: 'a-user-project', private: true, version: '1.0.0' }, null, 2)}\n`);
  await writeFile(join(project, '.gitignore'), 'node_modules/\n');
  // --prefer-offline: packages already in npm's cache are not revalidated with the registry (a request per package
  // otherwise); what the cache lacks still comes from the registry.
  const install = await runCommand('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-dev', join(work, tarball)], project);
  if (install.code !== 0) throw new Error(`npm install of the packed tarball failed:\n${install.err}`);
});

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

describe('ripple-impact installed from its packed tarball', () => {
  it('declares only registry dependencies and ships the bundle, not the sources', async () => {
    const manifest = JSON.parse(await readFile(join(project, 'node_modules/ripple-impact/package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const ranges = [...Object.values(manifest['dependencies'] ?? {}), ...Object.values(manifest['devDependencies'] ?? {})];
    expect(ranges.filter((range) => range.startsWith('workspace:'))).toEqual([]);
    expect(Object.keys(manifest['dependencies'] ?? {}).filter((name) => name.startsWith('@ripple/'))).toEqual([]);
    const files = await readdir(join(project, 'node_modules/ripple-impact/dist'));
    expect(files).toContain('ripple.js');
    expect(files).toContain('extract-worker.js');
    expect(files.filter((file) => file.endsWith('.ts'))).toEqual([]);
  });

  it.each([
    ['json', 'shop.json'],
    ['markdown', 'shop.md'],
    ['text', 'shop.txt'],
    ['sarif', 'shop.sarif.json'],
  ])('report --format %s equals the golden file', async (format, file) => {
    const result = await installed(['report', '--repo', 'shop', '--format', format]);
    expect(result.err).not.toMatch(/internal error|\n\s+at /);
    expect(result.code).toBe(0);
    expect(result.out).toBe(await readFile(join(golden, file), 'utf8'));
  });

  it.each([
    ['lint', ['lint', '--repo', 'shop', '--format', 'json']],
    ['api-diff', ['api-diff', 'shop/openapi/base.yaml', 'shop/openapi/head.yaml', '--format', 'json']],
    ['usages', ['usages', 'public.orders.legacy_status', '--repo', 'shop', '--format', 'json']],
  ])('%s prints what the CLI prints in this repository', async (_name, args) => {
    const result = await installed(args);
    const cwd = process.cwd();
    process.chdir(project);
    try {
      const expected = await inRepository(args);
      expect(result.code).toBe(expected.code);
      expect(result.out).toBe(expected.out);
    } finally {
      process.chdir(cwd);
    }
  });

  it('a bad option is one line and exit 2, never a stack trace', async () => {
    const result = await installed(['report', '--repo', 'shop', '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^ripple: --format must be one of/);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});

describe('the GitHub Action, its steps run in a repository with a base and a head commit', () => {
  it('writes the Markdown comment and the SARIF file it uploads', async () => {
    const git = (...args: string[]) => exec('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: project });
    await git('init', '-q', '-b', 'main');
    // Base: the shop before its change (the new migration and the head spec are the head commit's).
    const config = JSON.parse(await readFile(join(project, 'shop/ripple.config.json'), 'utf8')) as { migrations: { dir: string; new?: string[] } };
    const newMigrations = (config.migrations.new ?? []).flatMap((name) => [name, name.replace(/\.up\.sql$/, '.down.sql')]);
    delete config.migrations.new;
    await writeFile(join(project, 'shop/ripple.config.json'), `${JSON.stringify(config, null, 2)}\n`);
    const moved = join(work, 'held-back');
    for (const name of newMigrations) await cp(join(project, 'shop', config.migrations.dir, name), join(moved, name));
    for (const name of newMigrations) await rm(join(project, 'shop', config.migrations.dir, name));
    await git('add', '-A');
    await git('commit', '-qm', 'base');
    const base = (await git('rev-parse', 'HEAD')).stdout.trim();
    for (const name of newMigrations) await cp(join(moved, name), join(project, 'shop', config.migrations.dir, name));
    await git('add', '-A');
    await git('commit', '-qm', 'head');
    const head = (await git('rev-parse', 'HEAD')).stdout.trim();

    const action = parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as { runs: { steps: { id?: string; run?: string; env?: Record<string, string> }[] } };
    const step = action.runs.steps.find((candidate) => candidate.id === 'report');
    expect(step?.run).toBeDefined();
    const inputs: Record<string, string> = { repo: 'shop', 'fail-on': 'never', baseline: '', 'ripple-version': version };
    const script = step!.run!.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_whole, name: string) => inputs[name] ?? '');
    expect(script).not.toMatch(/\$\{\{/);
    const outputs = join(work, 'github-output');
    const summary = join(work, 'step-summary');
    const result = await runCommand('bash', ['-c', script], project, { BASE_SHA: base, HEAD_SHA: head, GITHUB_OUTPUT: outputs, GITHUB_STEP_SUMMARY: summary });
    expect(result.err).not.toMatch(/internal error|\n\s+at /);
    expect(result.code, result.err).toBe(0);
    expect(await readFile(outputs, 'utf8')).toBe('exit-code=0\n');
    const markdown = await readFile(join(project, 'ripple-report.md'), 'utf8');
    expect(markdown).toMatch(/public\.customers\.email/);
    expect(markdown).toMatch(/renamed to email_address/);
    expect(await readFile(summary, 'utf8')).toBe(markdown);
    const sarif = JSON.parse(await readFile(join(project, 'ripple-report.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
  });
});
