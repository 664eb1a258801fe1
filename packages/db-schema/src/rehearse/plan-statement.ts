import { parseSync } from 'libpg-query';
import type { MigrationStatement } from '../migrations/migration.js';

/**
 * How the server rehearsal treats one statement, read from PostgreSQL's parse tree: `run` it in the transaction;
 * `outside-transaction`: PostgreSQL refuses it in a transaction block, so it is estimated, not run (`scans` names
 * the relation whose size sets the cost, when there is one); `transaction-control`: `BEGIN`, `COMMIT`, `ROLLBACK`,
 * `SAVEPOINT`, `PREPARE TRANSACTION` would end or split the rehearsal's transaction, so it is never sent.
 */
export type StatementPlan =
  | { readonly kind: 'run' }
  | { readonly kind: 'outside-transaction'; readonly what: string; readonly scans?: RelationName; readonly passes: number }
  | { readonly kind: 'transaction-control'; readonly what: string };

export interface RelationName {
  readonly schema?: string;
  readonly name: string;
}

interface RangeVarNode {
  readonly schemaname?: string;
  readonly relname?: string;
}

/**
 * `libpg-query` must be loaded (`loadSqlParser`). A statement the parser rejects is sent as it is: PostgreSQL
 * reports it, and the run stops there.
 */
export function planStatement(statement: MigrationStatement): StatementPlan {
  let stmts: readonly { readonly stmt?: ParsedStatement }[];
  try {
    stmts = (parseSync(statement.sql) as unknown as { stmts?: typeof stmts }).stmts ?? [];
  } catch {
    return { kind: 'run' };
  }
  for (const { stmt } of stmts) {
    const [type, node] = Object.entries(stmt ?? {})[0] ?? [];
    if (type === 'TransactionStmt') return { kind: 'transaction-control', what: String(node?.['kind'] ?? '').replace('TRANS_STMT_', '') };
  }
  for (const { stmt } of stmts) {
    const plan = outsideTransaction(stmt);
    if (plan) return plan;
  }
  return { kind: 'run' };
}

type ParsedStatement = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

function outsideTransaction(stmt: ParsedStatement | undefined): StatementPlan | undefined {
  const [type, node] = Object.entries(stmt ?? {})[0] ?? [];
  if (!type || !node) return undefined;
  const relation = (value: unknown): RelationName | undefined => {
    const range = value as RangeVarNode | undefined;
    return range?.relname ? { ...(range.schemaname ? { schema: range.schemaname } : {}), name: range.relname } : undefined;
  };
  const outside = (what: string, passes: number, scans?: RelationName): StatementPlan => ({ kind: 'outside-transaction', what, passes, ...(scans ? { scans } : {}) });
  switch (type) {
    case 'IndexStmt':
      // Two passes over the table (build, then validate), as PostgreSQL's docs describe the concurrent build.
      return node['concurrent'] === true ? outside('CREATE INDEX CONCURRENTLY', 2, relation(node['relation'])) : undefined;
    case 'ReindexStmt': {
      const concurrently = ((node['params'] ?? []) as { DefElem?: { defname?: string } }[]).some((param) => param.DefElem?.defname === 'concurrently');
      return concurrently ? outside('REINDEX CONCURRENTLY', 2, relation(node['relation'])) : undefined;
    }
    case 'DropStmt':
      return node['concurrent'] === true ? outside('DROP INDEX CONCURRENTLY (no scan: waits for the transactions using the table)', 0) : undefined;
    case 'VacuumStmt': {
      if (node['is_vacuumcmd'] !== true) return undefined;
      const rels = (node['rels'] ?? []) as { VacuumRelation?: { relation?: unknown } }[];
      return outside('VACUUM', 1, relation(rels[0]?.VacuumRelation?.relation));
    }
    case 'AlterTableStmt': {
      const cmds = (node['cmds'] ?? []) as { AlterTableCmd?: { def?: { PartitionCmd?: { concurrent?: boolean } } } }[];
      return cmds.some((cmd) => cmd.AlterTableCmd?.def?.PartitionCmd?.concurrent === true)
        ? outside('DETACH PARTITION CONCURRENTLY (no scan: waits for the transactions using the table)', 0)
        : undefined;
    }
    default: {
      const command = OUTSIDE_ONLY[type];
      return command !== undefined ? outside(command, 0) : undefined;
    }
  }
}

/** Statements PostgreSQL runs only outside a transaction block, whatever their options. */
const OUTSIDE_ONLY: Readonly<Record<string, string>> = {
  CreatedbStmt: 'CREATE DATABASE',
  DropdbStmt: 'DROP DATABASE',
  CreateTableSpaceStmt: 'CREATE TABLESPACE',
  DropTableSpaceStmt: 'DROP TABLESPACE',
  AlterSystemStmt: 'ALTER SYSTEM',
  CreateSubscriptionStmt: 'CREATE SUBSCRIPTION',
};
