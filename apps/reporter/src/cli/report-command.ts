import { parseArgs } from 'node:util';
import { RippleError } from '@ripple/model';
import { analyseRepository } from '../pipeline/analyse-repository.js';
import type { TreeSelection } from '../pipeline/resolve-trees.js';
import type { CliIo } from './io.js';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, parseOutputOptions, writeReport } from './output-options.js';

export const REPORT_USAGE = `Usage: ripple report --repo DIR [options]

Joins the schema changes of the new migrations with every consumer of each changed column.

Base and head (pick one; default: the config's migrations.new in one tree):
  --base REF           git ref of the base (default with --head: the merge base with the default branch)
  --head REF           git ref of the head (default: the working tree)
  --git                compare the working tree with the merge base of the default branch
  --base-dir DIR       a checkout of the base, with --head-dir DIR a checkout of the head

Options:
  --repo DIR           the repository to analyse (required); report paths are relative to it
  --config FILE        config file relative to the head tree (default: ripple.config.json)
${OUTPUT_USAGE}`;

export async function reportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      repo: { type: 'string' },
      config: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      git: { type: 'boolean' },
      'base-dir': { type: 'string' },
      'head-dir': { type: 'string' },
      ...OUTPUT_OPTIONS,
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.repo === undefined) throw new RippleError('usage/missing-option', 'report: --repo DIR is required');
  const output = parseOutputOptions(values, io);
  const trees = treeSelection(values);
  const report = await analyseRepository({
    repo: values.repo,
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    trees,
    progress: (message) => io.stderr(`ripple: ${message}\n`),
  });
  return writeReport(report, output, io);
}

function treeSelection(values: {
  base?: string | undefined;
  head?: string | undefined;
  git?: boolean | undefined;
  'base-dir'?: string | undefined;
  'head-dir'?: string | undefined;
}): TreeSelection {
  const dirs = values['base-dir'] !== undefined || values['head-dir'] !== undefined;
  const refs = values.base !== undefined || values.head !== undefined || values.git === true;
  if (dirs && refs) throw new RippleError('usage/conflicting-options', 'report: give git refs (--base/--head/--git) or directories (--base-dir/--head-dir), not both');
  if (dirs) {
    if (values['base-dir'] === undefined || values['head-dir'] === undefined) {
      throw new RippleError('usage/missing-option', 'report: --base-dir and --head-dir go together');
    }
    return { kind: 'dirs', baseDir: values['base-dir'], headDir: values['head-dir'] };
  }
  if (refs) return { kind: 'git', ...(values.base !== undefined ? { base: values.base } : {}), ...(values.head !== undefined ? { head: values.head } : {}) };
  return { kind: 'one-tree' };
}
