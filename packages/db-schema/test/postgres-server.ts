import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temporary directory, `postgres` on a free loopback port
 * with its socket in that directory, stopped and deleted by `stop()`. Run as the `postgres` user when the tests run
 * as root (PostgreSQL refuses to run as root).
 */
export interface PostgresServer {
  readonly url: string;
  readonly port: number;
  readonly binDir: string;
  /** The connection URL for another role or database on this server. */
  readonly urlFor: (user: string, database?: string, password?: string) => string;
  /** What the server has written to its log (stderr) so far. */
  readonly log: () => string;
  readonly stop: () => Promise<void>;
}

/** The newest `/usr/lib/postgresql/<version>/bin` with initdb and postgres, if any. */
export function findPostgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, 'bin'))
    .find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'postgres')));
}

/**
 * Why the real-server tests cannot run here, or undefined when they can. In CI (`CI=true`) a missing server is a
 * failure, not a skip: this throws.
 */
export function postgresUnavailableReason(): string | undefined {
  if (findPostgresBinDir()) return undefined;
  const reason = 'no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)';
  if (process.env['CI'] === 'true') throw new Error(`CI=true and ${reason}: the real-server tests must run in CI`);
  console.warn(`\n!!! SKIPPING real PostgreSQL tests: ${reason}\n`);
  return reason;
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const binDir = findPostgresBinDir();
  if (!binDir) throw new Error('no PostgreSQL binaries');
  const root = mkdtempSync(path.join(os.tmpdir(), 'ripple-pg-'));
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? postgresUser() : undefined;
  if (owner) chownSync(root, owner.uid, owner.gid);
  const run = (command: string, args: readonly string[]) =>
    owner ? ['setpriv', [`--reuid=${owner.uid}`, `--regid=${owner.gid}`, '--clear-groups', '--', command, ...args]] as const : ([command, args] as const);
  const dataDir = path.join(root, 'data');
  const [initCommand, initArgs] = run(path.join(binDir, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  const init = spawnSync(initCommand, [...initArgs], { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.error?.message}`);
  const port = await freePort();
  const [command, args] = run(path.join(binDir, 'postgres'), [
    '-D', dataDir, '-k', root, '-h', '127.0.0.1', '-p', String(port),
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
  ]);
  const child: ChildProcess = spawn(command, [...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const urlFor = (user: string, database = 'postgres', password?: string) =>
    `postgres://${user}${password ? `:${password}` : ''}@127.0.0.1:${port}/${database}`;
  const url = urlFor('postgres');
  await waitUntilReady(url, child, () => log);
  return {
    url,
    port,
    binDir,
    urlFor,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGINT');
        await exited;
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  if (!Number.isInteger(uid) || uid === 0) throw new Error('running as root needs a `postgres` user to run the server');
  return { uid, gid: id('-g') };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`postgres exited: ${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`postgres did not accept connections: ${log()}`);
}

/** Runs migration statements on the server, one at a time, as `applyMigrations` does on PGlite. */
export async function applyStatements(url: string, statements: readonly { readonly sql: string }[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement.sql);
  } finally {
    await client.end();
  }
}
