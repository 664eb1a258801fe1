import { RippleError } from '@ripple/model';
import type { AnalyseOptions } from '../pipeline/analyse-repository.js';
import type { TreeSelection } from '../pipeline/resolve-trees.js';
import type { CliIo } from './io.js';

/** The options that say what to analyse, shared by `report` and `baseline`. */
export const ANALYSIS_OPTIONS = {
  repo: { type: 'string' },
  config: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  git: { type: 'boolean' },
  'base-dir': { type: 'string' },
  'head-dir': { type: 'string' },
  'db-url': { type: 'string' },
} as const;

export const ANALYSIS_USAGE = `Base and head (pick one; default: the config's migrations.new in one tree when it names them, else in a git
repository the merge base with the default branch against the working tree, else the last migration is the new one):
  --base REF           git ref of the base (default with --head or --git: the merge base with the default branch)
  --head REF           git ref of the head (default: the working tree)
  --git                compare the working tree with the merge base of the default branch
  --base-dir DIR       a checkout of the base, with --head-dir DIR a checkout of the head

  --repo DIR           the repository to analyse (default: the current directory); report paths are relative to it
  --config FILE        config file relative to the head tree (default: ripple.config.{json,ts,mts,js,mjs},
                       else detected from the tree)
  --db-url URL         a live database (a production copy) as the base schema: its dependents (views, indexes,
                       triggers, policies, functions) count, and drift from the migrations is reported; read-only
`;

/** The options of the commands that scan code (`report`, `usages`). */
export const SCAN_OPTIONS = {
  'type-check': { type: 'boolean' },
} as const;

export const SCAN_USAGE = `  --type-check         also type-check each service (its tsconfig.json) with TypeScript's checker and report its
                       errors as code/type-error diagnostics; about the cost of tsc --noEmit, cached like the scan
`;

interface AnalysisValues {
  readonly repo?: string | undefined;
  readonly config?: string | undefined;
  readonly base?: string | undefined;
  readonly head?: string | undefined;
  readonly git?: boolean | undefined;
  readonly 'base-dir'?: string | undefined;
  readonly 'head-dir'?: string | undefined;
  readonly 'db-url'?: string | undefined;
}

/** Checks the analysis options and turns them into `analyseRepository` options. */
export function analysisOptions(command: string, values: AnalysisValues, io: CliIo): AnalyseOptions {
  return {
    repo: values.repo ?? '.',
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    ...(treeSelection(command, values) ?? {}),
    ...(values['db-url'] !== undefined ? { databaseUrl: values['db-url'] } : {}),
    progress: (message) => io.stderr(`ripple: ${message}\n`),
    today: io.today(),
  };
}

/** The trees the flags ask for, or nothing: then `analyseRepository` picks from the config and git. */
function treeSelection(command: string, values: AnalysisValues): { readonly trees: TreeSelection } | undefined {
  const dirs = values['base-dir'] !== undefined || values['head-dir'] !== undefined;
  const refs = values.base !== undefined || values.head !== undefined || values.git === true;
  if (dirs && refs) throw new RippleError('usage/conflicting-options', `${command}: give git refs (--base/--head/--git) or directories (--base-dir/--head-dir), not both`);
  if (dirs) {
    if (values['base-dir'] === undefined || values['head-dir'] === undefined) {
      throw new RippleError('usage/missing-option', `${command}: --base-dir and --head-dir go together`);
    }
    return { trees: { kind: 'dirs', baseDir: values['base-dir'], headDir: values['head-dir'] } };
  }
  if (refs) {
    return { trees: { kind: 'git', ...(values.base !== undefined ? { base: values.base } : {}), ...(values.head !== undefined ? { head: values.head } : {}) } };
  }
  return undefined;
}
