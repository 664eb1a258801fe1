// Makes sure the system programs the tests run for real are on the machine: a PostgreSQL server (initdb +
// postgres, Debian's `postgresql`) for the real-server tests and Chromium (Debian's `chromium`) for the HTML
// report test. Installs what is missing when it may (root, or passwordless sudo, with apt-get); prints what it uses.
// Where it cannot, those tests skip loudly, except under CI=true, where they fail.
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
  return undefined;
}

const findChromium = () => (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

function installPrefix() {
  if (!existsSync('/usr/bin/apt-get')) return undefined;
  if (process.getuid?.() === 0) return [];
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return ['sudo', '-n'];
  } catch {
    return undefined;
  }
}

const wanted = [
  { name: 'PostgreSQL server', pkg: 'postgresql', find: findInitdb },
  { name: 'Chromium', pkg: 'chromium', find: findChromium },
];
const missing = wanted.filter((program) => !program.find());
if (missing.length > 0) {
  const prefix = installPrefix();
  if (prefix) {
    const packages = missing.map((program) => program.pkg);
    process.stderr.write(`ensure-test-system: installing Debian ${packages.join(' ')} (apt-get)\n`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args) => {
      const command = [...prefix, 'apt-get', ...args];
      execFileSync(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env });
    };
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  }
}
for (const program of wanted) {
  const found = program.find();
  if (found) process.stderr.write(`ensure-test-system: ${program.name}: ${found}\n`);
  else process.stderr.write(`ensure-test-system: WARNING no ${program.name} and no way to install one (apt-get install ${program.pkg}); its tests fail under CI=true and skip elsewhere\n`);
}
