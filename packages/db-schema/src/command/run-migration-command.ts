import { spawn } from 'node:child_process';
import { RippleError, type ErrorLocation } from '@ripple/model';

export interface MigrationCommand {
  /** A shell command line: `npx knex migrate:latest`. */
  readonly command: string;
  /** The directory it runs in. */
  readonly cwd: string;
  /** Added to the process environment (the connection settings). */
  readonly env: Readonly<Record<string, string>>;
  /** Stopped (the whole process group) after this long. */
  readonly timeoutSeconds: number;
  /** Each line the command prints, stdout and stderr. */
  readonly progress: (line: string) => void;
  /** Where the command is configured, for the error. */
  readonly configLocation: ErrorLocation;
}

/** How many of its last stderr lines a failing command's error shows. */
const TAIL_LINES = 12;

/**
 * Runs the project's own migration command (`sh -c`) and resolves when it exits 0. Its output goes line by line to
 * `progress`; a non-zero exit is `migrations/command-failed` naming the command, the exit code and the last lines
 * of its stderr, a timeout `migrations/command-timeout`. Secrets in the environment never reach either: values
 * of variables named like a password, token, secret or key, and the password of any URL, are replaced by `***`.
 */
export function runMigrationCommand(options: MigrationCommand): Promise<void> {
  const env = { ...process.env, ...options.env };
  // the connection settings are Ripple's throwaway ones: only the user's own environment holds secrets
  const redact = redactor(process.env);
  const command = redact(options.command);
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', options.command], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const tail: string[] = [];
    const lines = (onLine: (line: string) => void) => {
      let partial = '';
      return (chunk: Buffer) => {
        const parts = (partial + chunk.toString('utf8')).split(/\r?\n/);
        partial = parts.pop()!;
        for (const line of parts) onLine(redact(line));
      };
    };
    child.stdout.on('data', lines((line) => options.progress(line)));
    child.stderr.on('data', lines((line) => {
      options.progress(line);
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
    }));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeoutSeconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new RippleError('migrations/command-failed', `\`${command}\` could not start: ${error.message}`, options.configLocation));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = tail.filter((line) => line.trim() !== '');
      const stderr = last.length > 0 ? `; last lines of its stderr:\n${last.join('\n')}` : '';
      if (timedOut) {
        reject(new RippleError('migrations/command-timeout', `\`${command}\` did not finish in ${options.timeoutSeconds} s (migrations.commandTimeoutSeconds)${stderr}`, options.configLocation));
      } else if (code !== 0) {
        const how = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
        reject(new RippleError('migrations/command-failed', `\`${command}\` ${how}${stderr}`, options.configLocation));
      } else {
        resolve();
      }
    });
  });
}

/** Replaces the values of secret-looking environment variables (6 characters or more) in a line. */
function redactor(env: NodeJS.ProcessEnv): (line: string) => string {
  const secrets = Object.entries(env)
    .filter(([name, value]) => /pass|secret|token|key|credential/i.test(name) && value !== undefined && value.length >= 6)
    .map(([, value]) => value!)
    .sort((a, b) => b.length - a.length);
  return (line) =>
    secrets.reduce((redacted, secret) => redacted.split(secret).join('***'), line).replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:@\s/]+:)[^@\s]+@/gi, '$1***@');
}
