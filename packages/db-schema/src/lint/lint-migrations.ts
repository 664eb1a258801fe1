import { parseSync } from 'libpg-query';
import { compareStrings, fingerprint, type Finding, type SchemaSnapshot } from '@ripple/model';
import type { Migration, MigrationStatement } from '../migrations/migration.js';
import { runnerTransactionOf } from '../migrations/runner-transactions.js';
import { loadSqlParser } from '../migrations/split-statements.js';
import { isIgnored, type IgnoreComments } from './ignore-comments.js';
import type { Measurements } from './measure-statements.js';
import type { LintContext, LintHit, LintRule, LintSettings, ParsedStatement } from './lint-rule.js';
import { DEFAULT_LINT_RULES } from './lint-rules.js';
import { qualifiedTable, transactionBoundary, type StatementNode } from './statement-node.js';

/** The PostgreSQL major version assumed without `--pg-version`: the newest PGlite runs. */
export const DEFAULT_PG_VERSION = 17;

export interface LintOptions {
  /** Every migration of the repository (rules such as migration-missing-down compare with the others). */
  readonly repository?: readonly Migration[];
  /** The rules to run (default: every rule that is not opt-in). */
  readonly rules?: readonly LintRule[];
  /** `--pg-version`, major (default `DEFAULT_PG_VERSION`). */
  readonly pgVersion?: number;
  /** `--assume-in-transaction`: every file runs in a transaction its tool opens (default false, as in squawk). */
  readonly assumeInTransaction?: boolean;
  /** Ignore comments by file (`findIgnoreComments` of each SQL file's text). */
  readonly ignores?: ReadonlyMap<string, IgnoreComments>;
  /** What each statement did on PGlite (`measureMigrations`): rules decide rewrites and locks from it. */
  readonly measurements?: Measurements;
}

/**
 * Lints the migrations a change adds for lock, rewrite and compatibility risk, against the schema they run on:
 * a table counts as existing when `base` has it and the change did not create it. Without a base (`undefined`) the
 * lint is static, as squawk's: every table the file does not create counts as existing. Returns findings sorted by
 * file, line and rule id. Loads the SQL parser first; `lintMigrationsSync` is the pure core.
 */
export async function lintMigrations(migrations: readonly Migration[], base: SchemaSnapshot | undefined, options: LintOptions = {}): Promise<Finding[]> {
  await loadSqlParser();
  return lintMigrationsSync(migrations, base, options);
}

/** `lintMigrations` once `loadSqlParser()` has resolved. */
export function lintMigrationsSync(migrations: readonly Migration[], base: SchemaSnapshot | undefined, options: LintOptions = {}): Finding[] {
  const rules = options.rules ?? DEFAULT_LINT_RULES;
  const repository = options.repository ?? migrations;
  const baseTables = base ? new Set(base.tables.map((table) => `${table.schema}.${table.name}`)) : undefined;
  const baseColumns = base ? new Set(base.tables.flatMap((table) => table.columns.map((column) => `${table.schema}.${table.name}\u0000${column.name}`))) : undefined;
  const findings: Finding[] = [];
  for (const migration of migrations) {
    const settings: LintSettings = {
      pgVersion: options.pgVersion ?? DEFAULT_PG_VERSION,
      assumeInTransaction: options.assumeInTransaction ?? false,
      runnerWrapsTransaction: base !== undefined && runnerTransactionOf(migration) === 'file',
      staticOnly: base === undefined,
    };
    const ignores = options.ignores?.get(migration.file);
    const report = (rule: LintRule, hit: LintHit, location: Finding['location']): void => {
      if (isIgnored(ignores, [rule.id, ...(rule.formerIds ?? [])], location.line)) return;
      findings.push({ kind: 'finding', id: rule.id, level: rule.level, message: hit.message, location, fingerprint: fingerprint(rule.id, location.file, hit.message) });
    };
    for (const rule of rules) {
      for (const hit of rule.checkMigration?.(migration, repository) ?? []) {
        report(rule, hit, hit.statement ? locate(hit.statement, hit.offset) : { file: migration.file, line: 1, column: 1 });
      }
    }
    const nodes = migration.up.flatMap((statement) => parsedNodes(statement).map((node) => ({ statement, node })));
    const parsed = withContexts(nodes, settings, baseTables, baseColumns, options.measurements);
    for (const rule of rules) {
      for (const hit of rule.checkStatements?.(parsed, settings) ?? []) {
        const at = parsed[hit.index];
        if (at) report(rule, hit, locate(at.statement, hit.offset));
      }
    }
    for (const rule of rules) {
      if (!rule.check) continue;
      for (const { statement, node, context } of parsed) {
        const hits = rule.check(node, context);
        for (const hit of rule.oncePerMigration ? hits.slice(0, 1) : hits) report(rule, hit, locate(statement, hit.offset));
        if (rule.oncePerMigration && hits.length > 0) break;
      }
    }
  }
  return findings.sort(
    (a, b) => compareStrings(a.location.file, b.location.file) || a.location.line - b.location.line || (a.location.column ?? 0) - (b.location.column ?? 0) || compareStrings(a.id, b.id),
  );
}

/** Each statement with what the statements before it set: tables created, timeouts, an open transaction. */
function withContexts(
  nodes: readonly { readonly statement: MigrationStatement; readonly node: StatementNode }[],
  settings: LintSettings,
  baseTables: ReadonlySet<string> | undefined,
  baseColumns: ReadonlySet<string> | undefined,
  measurements: Measurements | undefined,
): ParsedStatement[] {
  // The index of the statement that first creates each table: before it the table is the base's (if any), after it new.
  const createdAt = new Map<string, number>();
  nodes.forEach(({ node }, index) => {
    const created = node.CreateStmt ? qualifiedTable(node.CreateStmt.relation) : undefined;
    if (created !== undefined && !createdAt.has(created)) createdAt.set(created, index);
  });
  let lockTimeoutSet = false;
  let statementTimeoutSet = false;
  let explicitTransaction = false;
  return nodes.map(({ statement, node }, index) => {
    const isExistingTable = (table: string): boolean => (baseTables === undefined || baseTables.has(table)) && !((createdAt.get(table) ?? index) < index);
    const isExistingColumn = (table: string, column: string): boolean => isExistingTable(table) && (baseColumns === undefined || baseColumns.has(`${table}\u0000${column}`));
    const measured = measurements?.get(statement);
    const context: LintContext = {
      ...settings,
      isExistingTable,
      isExistingColumn,
      lockTimeoutSet,
      statementTimeoutSet,
      inTransaction: settings.assumeInTransaction || explicitTransaction,
      inAnyTransaction: settings.assumeInTransaction || settings.runnerWrapsTransaction || explicitTransaction,
      statementCount: nodes.length,
      ...(measured ? { measured } : {}),
    };
    const set = node.VariableSetStmt;
    if (set?.kind === 'VAR_SET_VALUE' && set.name === 'lock_timeout') lockTimeoutSet = true;
    if (set?.kind === 'VAR_SET_VALUE' && set.name === 'statement_timeout') statementTimeoutSet = true;
    const boundary = transactionBoundary(node);
    if (boundary) explicitTransaction = boundary === 'begin';
    return { statement, node, context };
  });
}

/** The statement's parse tree; the statement was already parsed once when its migration loaded, so this succeeds. */
function parsedNodes(statement: MigrationStatement): StatementNode[] {
  if (statement.syntaxError) return [];
  const parsed = parseSync(statement.sql) as { stmts?: readonly { stmt?: StatementNode }[] };
  return (parsed.stmts ?? []).flatMap((raw) => (raw.stmt ? [raw.stmt] : []));
}

/** File position of a byte offset inside a statement (the statement's start when there is none). */
export function locate(statement: MigrationStatement, offset: number | undefined): Finding['location'] {
  if (offset === undefined || offset <= 0) return { file: statement.file, line: statement.line, column: statement.column };
  const before = Buffer.from(statement.sql, 'utf8').subarray(0, offset).toString('utf8');
  const lines = before.split('\n');
  const last = lines.at(-1) ?? '';
  return lines.length === 1
    ? { file: statement.file, line: statement.line, column: statement.column + last.length }
    : { file: statement.file, line: statement.line + lines.length - 1, column: last.length + 1 };
}
