import { connectionSecrets, scrubSecrets } from '@ripple/db-schema';
import { formatRippleError, isRippleError, ownEntry } from '@ripple/model';
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK } from './exit-codes.js';
import type { CliIo } from './io.js';
import { API_DIFF_USAGE, apiDiffCommand } from './api-diff-command.js';
import { BASELINE_USAGE, baselineCommand } from './baseline-command.js';
import { SCHEMA_USAGE, schemaCommand } from './schema-command.js';
import { USAGES_USAGE, usagesCommand } from './usages-command.js';
import { LINT_USAGE, lintCommand } from './lint-command.js';
import { MAP_USAGE, mapCommand } from './map-command.js';
import { RENDER_USAGE, renderCommand } from './render-command.js';
import { REHEARSE_USAGE, rehearseCommand } from './rehearse-command.js';
import { REPORT_USAGE, reportCommand } from './report-command.js';

const USAGE = `Usage: ripple <command> [options]

Commands:
  report     the impact report: every consumer a column change affects
  render     re-render a report saved as JSON in another format
  baseline   accept the current report's items, so a gate fails only on new ones
  schema     print a schema snapshot from migrations (embedded PGlite) or a live database (read-only)
  usages     list where a column is defined, read or written across services and jobs
  api-diff   classify the changes between two OpenAPI descriptions (breaking or not)
  lint       the migration gate alone: lint, upgrade/rollback rehearsal, database dependents
  rehearse   run the new migrations on a staging server in one transaction that is always rolled back
  map        the system map: which service reads and writes which table and column, shared tables, dead columns, drift

Run 'ripple <command> --help' for a command's options. Exit codes: 0 clean, 1 findings at or above --fail-on,
2 usage or input error, 3 internal error.
`;

interface Command {
  readonly usage: string;
  readonly run: (argv: readonly string[], io: CliIo) => Promise<number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  report: { usage: REPORT_USAGE, run: reportCommand },
  render: { usage: RENDER_USAGE, run: renderCommand },
  baseline: { usage: BASELINE_USAGE, run: baselineCommand },
  schema: { usage: SCHEMA_USAGE, run: schemaCommand },
  usages: { usage: USAGES_USAGE, run: usagesCommand },
  'api-diff': { usage: API_DIFF_USAGE, run: apiDiffCommand },
  lint: { usage: LINT_USAGE, run: lintCommand },
  rehearse: { usage: REHEARSE_USAGE, run: rehearseCommand },
  map: { usage: MAP_USAGE, run: mapCommand },
};

/** The whole CLI, callable in-process: returns the exit code, never throws, never exits. */
export async function run(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = secretFreeIo(rawIo, argv);
  const [name, ...rest] = argv;
  if (name === undefined) {
    // No command is a usage error: the usage goes to stderr, as every other usage error's does.
    io.stderr(USAGE);
    return EXIT_INPUT;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const command = ownEntry(COMMANDS, name);
  if (command === undefined) {
    io.stderr(`ripple: unknown command '${name}'\n\n${USAGE}`);
    return EXIT_INPUT;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isRippleError(error)) {
      io.stderr(`ripple: ${formatRippleError(error)}\n`);
      return EXIT_INPUT;
    }
    if (isNodeArgumentError(error)) {
      io.stderr(`ripple: ${name}: ${error.message}\n\n${command.usage}`);
      return EXIT_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`ripple: internal error: ${message} (set RIPPLE_DEBUG=1 for the stack; please report it)\n`);
    if (io.env['RIPPLE_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}

/**
 * The io with every secret of a `--db-url` argument and of `PGPASSWORD` scrubbed from what is printed: the
 * messages Ripple writes redact them already, this also covers text it relays (a driver's error, a tool's output).
 */
function secretFreeIo(io: CliIo, argv: readonly string[]): CliIo {
  const urls = argv.flatMap((arg, index) => (arg === '--db-url' ? [argv[index + 1] ?? ''] : arg.startsWith('--db-url=') ? [arg.slice('--db-url='.length)] : []));
  const secrets = [...new Set([...urls.flatMap((url) => connectionSecrets(url, io.env)), ...connectionSecrets('', io.env)])];
  if (secrets.length === 0) return io;
  return { ...io, stdout: (text) => io.stdout(scrubSecrets(text, secrets)), stderr: (text) => io.stderr(scrubSecrets(text, secrets)) };
}

/** util.parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options. */
function isNodeArgumentError(error: unknown): error is Error {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && String((error as unknown as { code: string }).code).startsWith('ERR_PARSE_ARGS');
}
