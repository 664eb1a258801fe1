import { readdir, stat } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import { caseFoldedColumns, findEnumLabelUsages, findGeneratedModels, SKIPPED_DIRS, generatedModelSites, placeOf, scanUsages, type ScanResult, type SchemaField } from '@ripple/code-scan';
import { assertParsed, baseHistoryOf, diffColumnDetails, diffSchemas, findRewrittenHistory, introspectDatabase, lintMigrations, loadMigrations, loadSchemaDump, pairHistories, redactDatabaseUrl, rehearsalSkipped, rehearseMigrations, snapshotWithCommand, type LintOptions, type LoadMigrationsOptions, type Migration } from '@ripple/db-schema';
import { isRippleError, RippleError, type ApiChange, type ColumnChange, type ColumnDetailChange, type Diagnostic, type Finding, type ImpactReport, type ReportInputs, type SchemaSnapshot } from '@ripple/model';
import { diffOpenApi, indexApiFields, readSeverityLevels, type OpenApiDocument } from '@ripple/openapi-diff';
import { CONFIG_FILE, loadConfig } from '../config/load-config.js';
import { folderOfTheChange } from '../config/detect-migrations.js';
import { migrationLoadOptions, migrationModulesAreData, type RippleConfig } from '../config/ripple-config.js';
import { servicesOf } from '../config/services-of.js';
import type { ServiceApiField } from '../join/api-fields-for-column.js';
import { applyIgnores } from '../join/apply-ignores.js';
import { enumLabelColumns } from '../join/enum-labels.js';
import { enumLabelFiles } from './enum-label-files.js';
import { nonNullWrites } from './non-null-writes.js';
import { unchangedFiles } from './unchanged-files.js';
import { buildImpactReport } from '../join/build-impact-report.js';
import { isGitWorkTree, resolveTrees, type TreeSelection, type Trees } from './resolve-trees.js';
import { initialSchemaHistory } from './initial-schema.js';
import { loadApiDescription } from './load-api-description.js';
import { describeSchemaSource, schemaSourceLocation, snapshotsFromSchemaSource } from './schema-source.js';

export interface AnalyseOptions {
  /** The repository to analyse; report paths are relative to it. */
  readonly repo: string;
  /** The config file, relative to `repo`. */
  readonly configFile?: string;
  /**
   * Base and head: one tree (the config names the new migrations), two directories, or git refs. Without it: one
   * tree when the config names the new migrations, else the merge base against the working tree in a git
   * repository, else one tree whose last migration is the new one.
   */
  readonly trees?: TreeSelection;
  /** A live database whose schema is the base (read-only): its dependents count, drift is reported. */
  readonly databaseUrl?: string;
  /** Today (YYYY-MM-DD), for `x-sunset` dates in the API diff. */
  readonly today?: string;
  /** Only the migrations: changes with their database dependents, lint and rehearsal; no code scan, no API diff. */
  readonly migrationsOnly?: boolean;
  /** Also type-check the head tree's services (`code/type-error` diagnostics); the base tree is only scanned. */
  readonly typeCheck?: boolean;
  /** Follow `$ref`s to http(s) URLs in the API descriptions (`--allow-remote-refs`; also `allowRemoteRefs` in the config). */
  readonly allowRemoteRefs?: boolean;
  /** Human progress, one line per stage (the CLI sends it to stderr). */
  readonly progress: (message: string) => void;
  /** The lint's rules and squawk's settings (`ripple lint --exclude`, `--pg-version`, ...); default every default rule. */
  readonly lintOptions?: Pick<LintOptions, 'rules' | 'pgVersion' | 'assumeInTransaction'>;
}

/** Reads everything the report needs from the base and head trees and joins it. All I/O of a `report` run is here. */
export async function analyseRepository(options: AnalyseOptions): Promise<ImpactReport> {
  return withTrees(options, (trees, oneTree, config) => analyseTrees(trees, oneTree, options, config));
}

/**
 * The migrations the change adds, found as `analyseRepository` finds them (base against head tree, or the config's
 * `migrations.new`), those it keeps, and the head tree's config: what `ripple rehearse` runs.
 */
export async function findAddedMigrations(
  options: Pick<AnalyseOptions, 'repo' | 'configFile' | 'trees' | 'progress'>,
): Promise<{ readonly base: readonly Migration[]; readonly added: readonly Migration[]; readonly config: RippleConfig }> {
  return withTrees(options, async (trees, oneTree, headConfig) => {
    const config = await configForTrees(trees, oneTree, options.configFile, headConfig);
    const { base, added } = await readMigrations(trees, oneTree, config, options.progress);
    return { base, added, config };
  });
}

/**
 * The head tree's config; comparing two trees, with the migrations folder the change adds to when detection chose
 * another (`folderOfTheChange`): the report and its inputs say which was read and why.
 */
async function configForTrees(trees: Trees, oneTree: boolean, configFile: string | undefined, headConfig: RippleConfig | undefined): Promise<RippleConfig> {
  const config = headConfig ?? (await loadConfig(trees.head, configFile));
  if (oneTree || config.detected === undefined) return config;
  const choice = await folderOfTheChange(trees.base, trees.head, config.detected);
  if (choice === undefined) return config;
  // The format detection gave the other folder is not this one's.
  const migrations: { -readonly [K in keyof RippleConfig['migrations']]: RippleConfig['migrations'][K] } = { ...config.migrations, dir: choice.dir };
  if (choice.format === undefined) delete migrations.format;
  else migrations.format = choice.format;
  return { ...config, migrations, detected: choice };
}

/** Opens the trees to compare (the head tree's config when choosing them read it), runs `work`, disposes them. */
async function withTrees<T>(
  options: Pick<AnalyseOptions, 'repo' | 'configFile' | 'trees' | 'progress'>,
  work: (trees: Trees, oneTree: boolean, headConfig: RippleConfig | undefined) => Promise<T>,
): Promise<T> {
  const repoRoot = resolve(options.repo);
  await assertDirectory(repoRoot, `--repo ${options.repo}`);
  // Choosing the trees by default reads the config of the working tree, which is then the head tree: read it once.
  const { selection, config } = options.trees ? { selection: options.trees, config: undefined } : await defaultSelection(repoRoot, options.configFile);
  const trees: Trees =
    selection.kind === 'one-tree'
      ? { base: repoRoot, head: repoRoot, description: 'one tree', dispose: async () => {} }
      : await resolveTrees(repoRoot, selection);
  try {
    if (selection.kind !== 'one-tree') options.progress(`comparing ${trees.description}`);
    return await work(trees, selection.kind === 'one-tree', config);
  } finally {
    await trees.dispose();
  }
}

/**
 * The head tree's migrations, split into those the base has (replayed for the base schema) and those the change
 * adds (checked to parse: a new up the grammar rejects is bad input, exit 2; a new down it rejects is the
 * rehearsal's `rollback-fails`), with the history findings. A base migration the grammar rejects is replayed around
 * (a diagnostic).
 */
async function readMigrations(trees: Trees, oneTree: boolean, config: RippleConfig, progress: (message: string) => void) {
  const headMigrations = await loadMigrationsFor(trees.head, config, { syntaxErrors: 'report', progress });
  const { base, added, findings, baseHistory, diagnostics } = oneTree
    ? config.migrations.command !== undefined && headMigrations.length === 0
      ? { base: [], added: [], findings: [], baseHistory: undefined, diagnostics: undefined }
      : { ...splitNewMigrations(headMigrations, config), findings: [], baseHistory: undefined, diagnostics: undefined }
    : await migrationsAddedSince(trees.base, headMigrations, config);
  assertParsed(added, { down: 'allow' });
  return { headMigrations, base, added, findings, baseHistory, historyDiagnostics: diagnostics ?? [] };
}

async function analyseTrees(trees: Trees, oneTree: boolean, options: AnalyseOptions, headConfig: RippleConfig | undefined): Promise<ImpactReport> {
  const config = await configForTrees(trees, oneTree, options.configFile, headConfig);

  // Everything that can be wrong with the input is read before the slow steps, so bad input fails fast.
  const command = config.migrations.command;
  const schemaSource = config.migrations.schemaSource;
  const configFile = options.configFile ?? CONFIG_FILE;
  if (schemaSource !== undefined && oneTree) {
    throw new RippleError(
      'input/schema-source-one-tree',
      `migrations.schemaSource compares ${schemaSource.schema} in two trees, and there is one: run in a git repository (the merge base against the working tree), or give --base and --head, or --base-dir and --head-dir`,
      schemaSourceLocation(config, configFile),
    );
  }
  // With a schema source, the schemas come from the schema file of each tree: the migrations are not read.
  const { headMigrations, base: replayedMigrations, added: newMigrations, findings: historyFindings, baseHistory, historyDiagnostics } =
    schemaSource !== undefined ? { headMigrations: [], base: [], added: [], findings: [], baseHistory: undefined, historyDiagnostics: [] } : await readMigrations(trees, oneTree, config, options.progress);
  const apis = options.migrationsOnly ? [] : await loadApiPairs(trees, config, options.allowRemoteRefs === true || config.allowRemoteRefs === true);
  // A schema dump stands for the base migrations: one migration, applied before the new ones. A dump the history
  // starts from (older migrations archived) comes before the base migrations it does not record instead.
  const dump = config.migrations.baseSchema === undefined ? undefined : await loadSchemaDump(trees.base, config.migrations.baseSchema);
  const initial = await initialSchemaHistory(trees.base, config, replayedMigrations);
  const pending = initial?.pending ?? replayedMigrations;
  const baseMigrations = dump ? [dump.migration] : (initial?.migrations ?? replayedMigrations);

  let snapshots: Pick<Awaited<ReturnType<typeof rehearseMigrations>>, 'base' | 'head' | 'findings' | 'diagnostics'>;
  if (schemaSource !== undefined) {
    snapshots = { ...(await snapshotsFromSchemaSource({ trees, config, configFile, progress: options.progress })), findings: [] };
  } else if (command !== undefined) {
    // The project's own tool applies the migrations: exact for any tool, no rollback rehearsal.
    const newMigrationFiles = oneTree ? await newFilesInOneTree(trees.head, config, newMigrations) : [];
    const timeoutSeconds = config.migrations.commandTimeoutSeconds ?? 600;
    const result = await snapshotWithCommand({ command, baseTree: trees.base, headTree: trees.head, newMigrationFiles, migrations: headMigrations, timeoutSeconds, progress: options.progress, configLocation: { file: configFile, pointer: '/migrations/command' } });
    snapshots = { ...result, findings: [] };
  } else {
    const baseDescription =
      config.migrations.baseSchema !== undefined
        ? `the base schema ${config.migrations.baseSchema}`
        : initial
          ? `the initial schema ${config.migrations.initialSchema} + ${pending.length} base`
          : `${baseMigrations.length} base`;
    const skipped = rehearsalSkipped(newMigrations, false);
    const then = newMigrations.length === 0 ? '' : skipped ? `; ${skipped.message}` : ', then rehearsing rollback and re-upgrade';
    options.progress(`applying ${baseDescription} + ${newMigrations.length} new migrations from ${config.migrations.dir} on embedded PGlite${then}`);
    // Upgrade, then rollback and upgrade again (the CI rehearsal), on one PGlite: base and head come from it.
    snapshots = await rehearseMigrations(baseMigrations, newMigrations, { progress: options.progress });
    if (baseHistory !== undefined && dump === undefined && initial === undefined) {
      // The head deleted or squashed base migrations: the base schema is the base's history, replayed apart.
      options.progress(`replaying the base's ${baseHistory.length} migrations apart for the base schema: the head deleted or squashed some of them`);
      const baseSide = await rehearseMigrations(baseHistory, [], { progress: options.progress });
      snapshots = { ...snapshots, base: baseSide.base, diagnostics: uniqueDiagnostics([...baseSide.diagnostics, ...snapshots.diagnostics]) };
    }
  }
  // Zero's 75e9eb9b (ids retyped to uuid without USING): a JSON report with no change and an exit 0 said nothing on
  // stderr of the seven statements PostgreSQL refuses; the first is named where the user looks.
  const failed = snapshots.findings.filter((finding) => finding.id === 'new-migration-fails');
  const first = failed[0];
  if (first) {
    const count = failed.length === 1 ? 'a new migration statement fails' : `${failed.length} new migration statements fail`;
    options.progress(`${count} to apply, first ${first.location.file}:${first.location.line}: ${first.message}; the report is built from what applied`);
  }
  const changes = diffSchemas(snapshots.base, snapshots.head, { migrations: newMigrations });
  let baseSchema = snapshots.base;
  const driftDiagnostics: Diagnostic[] = [];
  if (options.databaseUrl !== undefined) {
    options.progress(`reading the base schema from ${redactDatabaseUrl(options.databaseUrl)} (read-only)`);
    baseSchema = await introspectDatabase(options.databaseUrl);
    driftDiagnostics.push(...schemaDrift(changes, baseSchema, redactDatabaseUrl(options.databaseUrl)));
  }

  const findings = [...(await lintMigrations(newMigrations, baseSchema, { ...options.lintOptions, repository: headMigrations })), ...snapshots.findings, ...historyFindings];

  const noScan = { usages: [], diagnostics: [], endpoints: [], apiFlows: [], clientSites: [], missingMembers: [] };
  if (!options.migrationsOnly) options.progress(oneTree ? 'scanning services for column usages' : 'scanning base and head services for column usages');
  // Only the head tree's diagnostics are reported: the base tree is type-checked only when it is the head tree.
  const typeCheck = options.typeCheck === true;
  if (typeCheck && !options.migrationsOnly) options.progress('type-checking the head services (--type-check)');
  // An enum that loses labels: the code naming a removed label breaks wherever its value came from.
  const labelColumns = enumLabelColumns(changes);
  const dataMigrations = migrationModulesAreData(config, headMigrations);
  const scanTree = async (root: string, check: boolean): Promise<ScanResult> => {
    if (options.migrationsOnly) return noScan;
    const services = await servicesOf(root, config, configFile);
    const exclude = [config.migrations.dir];
    const scan = await scanUsages({ root, schema: baseSchema, services, exclude, migrationModulesAreData: dataMigrations, ...(check ? { typeCheck: true } : {}) });
    const labelUsages = await findEnumLabelUsages({ root, services, exclude, migrationModulesAreData: dataMigrations, columns: labelColumns });
    return labelUsages.length === 0 ? scan : { ...scan, usages: [...scan.usages, ...labelUsages] };
  };
  const baseScan = await scanTree(trees.base, oneTree && typeCheck);
  const headScan = oneTree ? baseScan : await scanTree(trees.head, typeCheck);

  const apiPolicy = {
    ...(config.deprecationDaysBeta === undefined ? {} : { deprecationDaysBeta: config.deprecationDaysBeta }),
    ...(config.deprecationDaysStable === undefined ? {} : { deprecationDaysStable: config.deprecationDaysStable }),
    ...(config.stabilityLevel === undefined ? {} : { stabilityLevel: config.stabilityLevel }),
    ...(config.severityLevels === undefined ? {} : { severityLevels: await readSeverityLevels(config.severityLevels, trees.head) }),
    ...(config.includePathParams === true ? { includePathParams: true } : {}),
  };
  const apiChanges: ApiChange[] = apis.flatMap(({ base, head }) => (base && head ? [...diffOpenApi(base, head, { locations: true, ...apiPolicy, ...(options.today !== undefined ? { today: options.today } : {}) })] : []));
  // A violation both trees' description has (or one description loaded as base and head) is reported once.
  const apiDiagnostics: Diagnostic[] = [
    ...new Map(
      apis
        .flatMap(({ base, head, unreadable }) => [...(base?.diagnostics ?? []), ...(head?.diagnostics ?? []), ...unreadable])
        .map((diagnostic) => [`${diagnostic.code}\u0000${diagnostic.location.file}\u0000${diagnostic.pointer ?? ''}\u0000${diagnostic.message}`, diagnostic] as const),
    ).values(),
  ];
  const diffedServices = new Set(apis.flatMap(({ service, base, head }) => (base && head ? [service] : [])));
  const apiFields: ServiceApiField[] = apis.flatMap(({ service, base }) => {
    if (!base) return [];
    const operationIds = new Map(base.operations.map((operation) => [operation.key, operation.operationId]));
    return indexApiFields(base, apiDiagnostics).map((field) => {
      const operationId = operationIds.get(field.operation);
      return { service, field, ...(operationId === undefined ? {} : { operationId }) };
    });
  });

  // Other languages' generated clients (openapi-generator's Dart, Kotlin, Go... models): the spec fields they declare.
  const schemaFields: SchemaField[] = apiFields.flatMap(({ field }) => (field.schemaName === undefined ? [] : [{ schema: field.schemaName, property: field.property }]));
  const modelsOf = async (root: string) => (options.migrationsOnly ? { models: [], diagnostics: [] } : findGeneratedModels(root));
  const baseModels = await modelsOf(trees.base);
  const headModels = oneTree ? baseModels : await modelsOf(trees.head);
  const clientSites = [...baseScan.clientSites, ...generatedModelSites(baseModels.models, schemaFields)];
  const headClientSites = oneTree ? clientSites : [...headScan.clientSites, ...generatedModelSites(headModels.models, schemaFields)];

  const enumLabels = await enumLabelFiles(changes, [...headScan.usages, ...(oneTree ? [] : baseScan.usages)], [trees.head, trees.base]);
  const presentWrites = await nonNullWrites(changes, headScan.usages, trees.head);
  const unchanged = oneTree ? undefined : await unchangedFiles(changes, baseScan.usages, trees);
  const report = buildImpactReport({
    changes: [...changes, ...withoutConstraintIndexes(diffColumnDetails(snapshots.base, snapshots.head, { migrations: newMigrations }))],
    enumLabelFiles: enumLabels,
    nonNullWrites: presentWrites,
    ...(unchanged === undefined ? {} : { unchangedFiles: unchanged, headMissingMembers: new Set(headScan.missingMembers.map(placeOf)) }),
    baseSchema,
    usages: baseScan.usages,
    headUsages: headScan.usages,
    apiFields,
    apiFlows: baseScan.apiFlows,
    endpoints: baseScan.endpoints,
    clientSites,
    headClientSites,
    apiChanges,
    // A description split over files (hatchet's components/schemas/tenant.yaml beside openapi.yaml) is diffed whole.
    diffedSpecs: [...new Set([...apis.flatMap(({ base, head }) => (base && head ? [base.file] : [])), ...apiFields.filter(({ service }) => diffedServices.has(service)).map(({ field }) => field.file)])],
    findings,
    diagnostics: [
      ...historyDiagnostics,
      ...(dump?.diagnostics ?? []),
      ...(initial?.diagnostics ?? []),
      ...snapshots.diagnostics,
      ...headScan.diagnostics,
      // The head tree's models against the head schema (its scan resolved against the base one).
      ...caseFoldedColumns(headScan.usages, snapshots.head),
      ...headModels.diagnostics,
      ...driftDiagnostics,
      ...apiDiagnostics,
      ...otherFoldersDiagnostic(config),
      ...(schemaSource === undefined ? noNewMigrationDiagnostic(trees, oneTree, newMigrations.length, config) : []),
      ...migrationReadingDiagnostics(command === undefined && config.migrations.baseSchema === undefined ? pending : [], newMigrations),
    ],
    ...(options.migrationsOnly ? { scope: 'migrations' as const } : {}),
  });
  const inputs = reportInputs(config, configFile);
  return applyIgnores(inputs ? { ...report, inputs } : report, config.ignore);
}

/** What the report read that no flag named: the detected migrations folder, the schema source. */
function reportInputs(config: RippleConfig, configFile: string): ReportInputs | undefined {
  const detected = config.detected;
  const source = config.migrations.schemaSource;
  if (!detected && !source) return undefined;
  return {
    ...(detected ? { migrations: { dir: detected.dir, ...(detected.format !== undefined ? { format: detected.format } : {}), reason: detected.reason } } : {}),
    ...(source ? { schemaSource: { tool: source.tool, schema: source.schema, reason: describeSchemaSource(config, configFile) } } : {}),
  };
}

interface ApiPair {
  readonly service: string;
  readonly base: OpenApiDocument | undefined;
  readonly head: OpenApiDocument | undefined;
  /** A detected description that could not be read, left out (`openapi/unreadable`). */
  readonly unreadable: readonly Diagnostic[];
}

/** Each configured API's base and head description; in two trees, a description missing on one side is new or removed. */
async function loadApiPairs(trees: Trees, config: RippleConfig, allowRemoteRefs: boolean): Promise<readonly ApiPair[]> {
  return Promise.all(
    config.openapi.map(async (api) => {
      const unreadable: Diagnostic[] = [];
      const load = async (root: string, path: string, required: boolean) =>
        required || (await exists(join(root, path))) ? loadApiDescription(path, { root, allowRemoteRefs }, config.openapiDetected === true, unreadable) : undefined;
      return {
        service: api.service,
        base: await load(trees.base, api.base, trees.base === trees.head),
        head: await load(trees.head, api.head, true),
        unreadable,
      };
    }),
  );
}

/**
 * In two trees: the head's migrations that the base tree also has (under the same file, or renamed with the same
 * statements) replay for the base schema (with the head's content: the history the head says databases have), the
 * others are new. A base migration the head changed, renamed or deleted is a `migration-history-rewritten` finding;
 * when some were deleted (or squashed into a new one), `baseHistory` is the base's history to replay apart.
 */
async function migrationsAddedSince(
  baseRoot: string,
  headMigrations: readonly Migration[],
  config: RippleConfig,
): Promise<{
  readonly base: readonly Migration[];
  readonly added: readonly Migration[];
  readonly findings: readonly Finding[];
  readonly baseHistory?: readonly Migration[];
  /** `migration/folder-moved`, when the base's history was read from another folder. */
  readonly diagnostics?: readonly Diagnostic[];
}> {
  const dir = config.migrations.dir;
  let base: readonly Migration[] = [];
  let moved: Diagnostic | undefined;
  if (await exists(join(baseRoot, dir))) base = await loadMigrationsFor(baseRoot, config, { syntaxErrors: 'report' });
  else {
    // The change moved the migrations folder (nango's `packages/auth/...` to `packages/server/...`): the base's
    // history is where the base keeps the head's older migrations, read as if the head's folder held them.
    const from = await movedMigrationsDir(baseRoot, dir, headMigrations);
    if (from !== undefined) {
      const read = await loadMigrationsFor(baseRoot, { ...config, migrations: { ...config.migrations, dir: from } }, { syntaxErrors: 'report' });
      base = read.map((migration) => relocated(migration, from, dir));
      moved = {
        kind: 'diagnostic',
        code: 'migration/folder-moved',
        message: `${dir} is not in the base tree, which keeps the same migrations in ${from}: the base's history is read from there`,
        location: { file: dir, line: 1 },
      };
    }
  }
  const pairing = pairHistories(base, headMigrations);
  return {
    base: pairing.kept,
    added: pairing.added,
    findings: findRewrittenHistory(base, headMigrations, pairing),
    ...(pairing.deleted.length > 0 ? { baseHistory: baseHistoryOf(pairing) } : {}),
    ...(moved ? { diagnostics: [moved] } : {}),
  };
}

/**
 * The base tree's folder that holds most of the head's migrations under the same names (`20230208_create_account.cjs`,
 * `20240101_init/migration.sql`), at least half of them: where the base kept its history before the change moved it.
 * Undefined when none does.
 */
export async function movedMigrationsDir(baseRoot: string, dir: string, headMigrations: readonly Migration[]): Promise<string | undefined> {
  const names = new Map<string, string[]>();
  for (const migration of headMigrations) {
    if (!migration.file.startsWith(`${dir}/`)) continue;
    const name = migration.file.slice(dir.length + 1);
    const base = posix.basename(name);
    names.set(base, [...(names.get(base) ?? []), name]);
  }
  if (names.size === 0) return undefined;
  const counts = new Map<string, number>();
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(join(baseRoot, folder), { withFileTypes: true }).catch(() => [])) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(path);
        continue;
      }
      for (const name of names.get(entry.name) ?? []) {
        if (path === name || !path.endsWith(`/${name}`)) continue;
        const holder = path.slice(0, -name.length - 1);
        counts.set(holder, (counts.get(holder) ?? 0) + 1);
      }
    }
  };
  await walk('');
  const needed = Math.max(1, Math.ceil(headMigrations.length / 2));
  const [best] = [...counts.entries()].filter(([, count]) => count >= needed).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return best?.[0];
}

/** A migration read from `from`, named as if `to` held it: its files, its statements' and its diagnostics'. */
function relocated(migration: Migration, from: string, to: string): Migration {
  const move = (file: string): string => (file.startsWith(`${from}/`) ? `${to}/${file.slice(from.length + 1)}` : file);
  const statement = <S extends { readonly file: string }>(item: S): S => ({ ...item, file: move(item.file) });
  return {
    ...migration,
    file: move(migration.file),
    up: migration.up.map(statement),
    ...(migration.setup ? { setup: migration.setup.map(statement) } : {}),
    ...(migration.down ? { down: { file: move(migration.down.file), statements: migration.down.statements.map(statement) } } : {}),
    ...(migration.diagnostics ? { diagnostics: migration.diagnostics.map((diagnostic) => ({ ...diagnostic, location: { ...diagnostic.location, file: move(diagnostic.location.file) } })) } : {}),
  };
}

/** Diagnostics with a repeated code, location and message said once (two replays share most of a history). */
function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = JSON.stringify([diagnostic.code, diagnostic.location, diagnostic.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Two trees and no migration added between them: nothing to report, which on the default branch after the merge
 * is what the user sees unless told which trees were compared and how to pick others.
 */
export function noNewMigrationDiagnostic(trees: Pick<Trees, 'description'>, oneTree: boolean, added: number, config: RippleConfig): Diagnostic[] {
  if (oneTree || added > 0) return [];
  return [
    {
      kind: 'diagnostic',
      code: 'report/no-new-migrations',
      message: `compared ${trees.description}: no migration in ${config.migrations.dir} was added, so there is no column change to report; on the default branch after a merge, compare with the commit before it (--base HEAD~1), or name the change's migrations in migrations.new`,
      location: { file: config.migrations.dir, line: 1 },
    },
  ];
}

/**
 * What the loaders could not read (`migration/not-static`, `migration/not-in-journal`, ...): each one for the new
 * migrations, one per file and code for the base migrations (a long history can hold hundreds), so nothing skipped
 * is silent. Syntax errors are left out: the replay reports those of base migrations, and a new one stops the run.
 */
export function migrationReadingDiagnostics(base: readonly Migration[], added: readonly Migration[]): Diagnostic[] {
  const unread = (migration: Migration) => (migration.diagnostics ?? []).filter((diagnostic) => diagnostic.code !== 'migration/syntax-error');
  const perFile: Diagnostic[] = [];
  for (const migration of base) {
    const byCode = new Map<string, Diagnostic[]>();
    for (const diagnostic of unread(migration)) byCode.set(diagnostic.code, [...(byCode.get(diagnostic.code) ?? []), diagnostic]);
    for (const [code, list] of byCode) {
      const first = list[0]!;
      perFile.push(
        list.length === 1
          ? { ...first, message: `base migration: ${first.message}` }
          : { ...first, code, message: `base migration: ${list.length} statements not applied, the first: ${first.message}` },
      );
    }
  }
  return [...perFile, ...added.flatMap(unread)];
}

/** When detection found several migration folders: which one it read, the others, and how to choose. */
function otherFoldersDiagnostic(config: RippleConfig): Diagnostic[] {
  const detected = config.detected;
  if (detected === undefined || detected.others.length === 0) return [];
  const shown = detected.others.slice(0, 10).join(', ') + (detected.others.length > 10 ? `, and ${detected.others.length - 10} more` : '');
  return [
    {
      kind: 'diagnostic',
      code: 'config/several-migration-folders',
      message: `read ${detected.dir}; ${detected.others.length} other migration folder${detected.others.length === 1 ? '' : 's'} found (${shown}): set migrations.dir in ${CONFIG_FILE} to choose another`,
      location: { file: CONFIG_FILE, line: 1 },
    },
  ];
}

/**
 * The migrations Ripple reads statically. With `migrations.command` the project's tool applies them, so a layout
 * Ripple does not read (Sequelize's queryInterface files, say) is no error: they only locate the changes then.
 */
async function loadMigrationsFor(root: string, config: RippleConfig, options: LoadMigrationsOptions): Promise<readonly Migration[]> {
  try {
    return await loadMigrations(root, config.migrations.dir, { ...migrationLoadOptions(config), ...options });
  } catch (error) {
    if (config.migrations.command !== undefined && isRippleError(error) && error.code === 'migration/unknown-format') return [];
    throw error;
  }
}

/**
 * In one tree with `migrations.command`: the files the base run must not see. `migrations.new` names them; else
 * the newest migration Ripple read, or, when it read none, the last versioned entry of the folder. A migration in a
 * folder of its own (Prisma's `<name>/migration.sql`) is left out with its folder.
 */
async function newFilesInOneTree(root: string, config: RippleConfig, added: readonly Migration[]): Promise<readonly string[]> {
  const dir = config.migrations.dir.replace(/\/+$/, '');
  const own = (file: string) => (posix.dirname(file) === dir ? file : `${dir}/${posix.relative(dir, file).split('/')[0]!}`);
  if (config.migrations.new !== undefined) return config.migrations.new.map((name) => own(`${dir}/${name}`));
  if (added.length > 0) return added.map((migration) => own(migration.file));
  const entries = (await readdir(join(root, dir))).filter((name) => !name.startsWith('.')).sort();
  // migrations are named by version (`20240201_…`, `0005_…`); a `meta` folder beside them is not one
  const newest = entries.filter((name) => /^\d/.test(name)).at(-1) ?? entries.at(-1);
  return newest !== undefined ? [`${dir}/${newest}`] : [];
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

async function assertDirectory(path: string, what: string): Promise<void> {
  const stats = await stat(path).catch(() => undefined);
  if (!stats?.isDirectory()) throw new RippleError('input/not-found', `${what}: no such directory`);
}

/**
 * In one tree: the migrations the change adds, as the config names them (relative to the migrations folder);
 * without that, the one with the highest version.
 */
export function splitNewMigrations(
  migrations: readonly Migration[],
  config: RippleConfig,
): { readonly base: readonly Migration[]; readonly added: readonly Migration[] } {
  const dir = config.migrations.dir.replace(/\/+$/, '');
  const named = config.migrations.new;
  if (named === undefined) return { base: migrations.slice(0, -1), added: migrations.slice(-1) };
  const wanted = new Set(named.map((name) => `${dir}/${name}`));
  for (const [index, name] of named.entries()) {
    if (!migrations.some((migration) => migration.file === `${dir}/${name}`)) {
      throw new RippleError('config/invalid', `migrations.new: no migration ${name} in ${dir}`, {
        file: CONFIG_FILE,
        pointer: `/migrations/new/${index}`,
      });
    }
  }
  return {
    base: migrations.filter((migration) => !wanted.has(migration.file)),
    added: migrations.filter((migration) => wanted.has(migration.file)),
  };
}

/** A unique or primary key constraint brings its own index of the same name: report the constraint once. */
export function withoutConstraintIndexes(details: readonly ColumnDetailChange[]): ColumnDetailChange[] {
  const constraints = new Set(details.flatMap((detail) => (detail.kind === 'column-constraint-changed' ? [`${detail.column.schema}.${detail.constraint.name}`] : [])));
  return details.filter((detail) => detail.kind !== 'column-index-changed' || !constraints.has(`${detail.index.schema}.${detail.index.name}`));
}

/**
 * Which trees to compare when no flag says (see `AnalyseOptions.trees`), and the working tree's config it read to
 * decide. Both choices keep the working tree as the head tree, so that config is the head's.
 */
async function defaultSelection(repoRoot: string, configFile: string | undefined): Promise<{ readonly selection: TreeSelection; readonly config: RippleConfig }> {
  const config = await loadConfig(repoRoot, configFile);
  if (config.migrations.new !== undefined) return { selection: { kind: 'one-tree' }, config };
  return { selection: (await isGitWorkTree(repoRoot)) ? { kind: 'git' } : { kind: 'one-tree' }, config };
}

/**
 * Changed columns the live database does not have as the migrations say: the base the migrations build and the
 * database the change will run on differ, so the report may miss consumers or the migration may fail.
 */
export function schemaDrift(changes: readonly ColumnChange[], live: SchemaSnapshot, where: string): Diagnostic[] {
  const drift = new Map<string, Diagnostic>();
  for (const change of changes) {
    if (change.kind === 'column-added') continue;
    const { schema, table, column } = change.column;
    const liveTable = live.tables.find((candidate) => candidate.schema === schema && candidate.name === table);
    if (liveTable?.columns.some((candidate) => candidate.name === column)) continue;
    drift.set(`${schema}.${table}.${column}`, {
      kind: 'diagnostic',
      code: 'db/drift',
      message: liveTable
        ? `${schema}.${table}.${column} is changed by this migration but does not exist in ${where}: the migrations and the database differ`
        : `${schema}.${table} is changed by this migration but does not exist in ${where}: the migrations and the database differ`,
      location: change.migration ?? { file: '(migrations)', line: 1 },
    });
  }
  return [...drift.values()];
}
