import { parseSync } from 'libpg-query';
import { compareStrings, fingerprint, type Finding, type SchemaSnapshot } from '@ripple/model';
import type { Migration, MigrationStatement } from '../migrations/migration.js';
import { loadSqlParser } from '../migrations/split-statements.js';
import type { LintContext, LintHit, LintRule } from './lint-rule.js';
import { LINT_RULES } from './lint-rules.js';
import { qualifiedTable, type StatementNode } from './statement-node.js';

export interface LintOptions {
  /** Every migration of the repository (rules such as migration-missing-down compare with the others). */
  readonly repository?: readonly Migration[];
  /** The rules to run (default: all). */
  readonly rules?: readonly LintRule[];
}

/**
 * Lints the migrations a change adds for lock, rewrite and compatibility risk, against the schema they run on:
 * a table counts as existing when `base` has it and the change did not create it. Returns findings sorted by file,
 * line and rule id. Loads the SQL parser first; `lintMigrationsSync` is the pure core.
 */
export async function lintMigrations(migrations: readonly Migration[], base: SchemaSnapshot, options: LintOptions = {}): Promise<Finding[]> {
  await loadSqlParser();
  return lintMigrationsSync(migrations, base, options);
}

/** `lintMigrations` once `loadSqlParser()` has resolved. */
export function lintMigrationsSync(migrations: readonly Migration[], base: SchemaSnapshot, options: LintOptions = {}): Finding[] {
  const rules = options.rules ?? LINT_RULES;
  const repository = options.repository ?? migrations;
  const baseTables = new Set(base.tables.map((table) => `${table.schema}.${table.name}`));
  const createdByChange = new Set<string>();
  const findings: Finding[] = [];
  const report = (rule: LintRule, hit: LintHit, location: Finding['location']): void => {
    findings.push({ kind: 'finding', id: rule.id, level: rule.level, message: hit.message, location, fingerprint: fingerprint(rule.id, location.file, hit.message) });
  };

  for (const migration of migrations) {
    for (const rule of rules) {
      for (const hit of rule.checkMigration?.(migration, repository) ?? []) report(rule, hit, { file: migration.file, line: 1, column: 1 });
    }
    let lockTimeoutSet = false;
    const firedOnce = new Set<string>();
    for (const statement of migration.up) {
      for (const node of parsedNodes(statement)) {
        const context: LintContext = { isExistingTable: (table) => baseTables.has(table) && !createdByChange.has(table), lockTimeoutSet };
        for (const rule of rules) {
          if (rule.oncePerMigration && firedOnce.has(rule.id)) continue;
          for (const hit of rule.check?.(node, context) ?? []) {
            report(rule, hit, locate(statement, hit.offset));
            if (rule.oncePerMigration) {
              firedOnce.add(rule.id);
              break;
            }
          }
        }
        if (node.CreateStmt) createdByChange.add(qualifiedTable(node.CreateStmt.relation));
        if (node.VariableSetStmt?.name === 'lock_timeout' && node.VariableSetStmt.kind === 'VAR_SET_VALUE') lockTimeoutSet = true;
      }
    }
  }
  return findings.sort(
    (a, b) => compareStrings(a.location.file, b.location.file) || a.location.line - b.location.line || (a.location.column ?? 0) - (b.location.column ?? 0) || compareStrings(a.id, b.id),
  );
}

/** The statement's parse tree; the statement was already parsed once when its migration loaded, so this succeeds. */
function parsedNodes(statement: MigrationStatement): StatementNode[] {
  const parsed = parseSync(statement.sql) as { stmts?: readonly { stmt?: StatementNode }[] };
  return (parsed.stmts ?? []).flatMap((raw) => (raw.stmt ? [raw.stmt] : []));
}

/** File position of a byte offset inside a statement (the statement's start when there is none). */
function locate(statement: MigrationStatement, offset: number | undefined): Finding['location'] {
  if (offset === undefined || offset <= 0) return { file: statement.file, line: statement.line, column: statement.column };
  const before = Buffer.from(statement.sql, 'utf8').subarray(0, offset).toString('utf8');
  const lines = before.split('\n');
  const last = lines.at(-1) ?? '';
  return lines.length === 1
    ? { file: statement.file, line: statement.line, column: statement.column + last.length }
    : { file: statement.file, line: statement.line + lines.length - 1, column: last.length + 1 };
}
