// Makes sure a PostgreSQL server (initdb + postgres) is on the machine for the real-server tests, installing
// Debian's `postgresql` package when it is absent and we may (root, or passwordless sudo). Prints where it is.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

function findInitdb() {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    for (const version of readdirSync(root).sort().reverse()) {
      const initdb = `${root}/${version}/bin/initdb`;
      if (existsSync(initdb)) return initdb;
    }
  }
  try {
    return execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function canInstall() {
  if (process.getuid?.() === 0) return [];
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return ['sudo', '-n'];
  } catch {
    return undefined;
  }
}

let initdb = findInitdb();
if (!initdb) {
  const prefix = canInstall();
  if (prefix && existsSync('/usr/bin/apt-get')) {
    process.stderr.write('ensure-postgres: installing Debian postgresql for the real-server tests\n');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => execFileSync(prefix[0] ?? args[0], prefix.length ? [...prefix.slice(1), ...args] : args.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env });
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'postgresql']);
    initdb = findInitdb();
  }
}
if (initdb) process.stderr.write(`ensure-postgres: using ${initdb}\n`);
else process.stderr.write('ensure-postgres: WARNING no PostgreSQL server and no way to install one; real-server tests will fail in CI and be skipped elsewhere\n');
