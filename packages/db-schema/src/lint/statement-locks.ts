import type { LintContext } from './lint-rule.js';
import { droppedObjectNames, droppedTables, nameListText, qualifiedTable, reindexesConcurrently, type AlterTableCmd, type RangeVar, type StatementNode } from './statement-node.js';

/** PostgreSQL's table lock modes, weakest first (the order of `LOCK TABLE`'s mode numbers 1..8). */
export const LOCK_MODES = ['ACCESS SHARE', 'ROW SHARE', 'ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'] as const;
export type LockMode = (typeof LOCK_MODES)[number];

/** What each mode blocks for other sessions (PostgreSQL's lock conflict table, in words). */
export const LOCK_BLOCKS: Readonly<Record<LockMode, string>> = {
  'ACCESS SHARE': 'only ACCESS EXCLUSIVE (schema changes)',
  'ROW SHARE': 'EXCLUSIVE and ACCESS EXCLUSIVE',
  'ROW EXCLUSIVE': 'SHARE and stronger (index builds, schema changes)',
  'SHARE UPDATE EXCLUSIVE': 'schema changes, VACUUM and concurrent index builds; not reads or writes',
  SHARE: 'writes (INSERT, UPDATE, DELETE) and schema changes; reads go on',
  'SHARE ROW EXCLUSIVE': 'writes and schema changes; reads go on',
  EXCLUSIVE: 'writes and schema changes; plain reads go on',
  'ACCESS EXCLUSIVE': 'every read and write, and every query queued behind it',
};

/** The lock a statement takes on a relation that exists before it: the table (or index) and the mode. */
export interface StatementLock {
  readonly table: string;
  readonly mode: LockMode;
}

/**
 * The strongest lock a statement takes on an existing relation, from PostgreSQL's documentation of each command (the
 * same table squawk keeps), or undefined when it locks nothing that exists (a new table, a function, a type).
 */
export function statementLock(statement: StatementNode, context: Pick<LintContext, 'isExistingTable'>): StatementLock | undefined {
  const existing = (relation: RangeVar | undefined, mode: LockMode): StatementLock | undefined =>
    relation && context.isExistingTable(qualifiedTable(relation)) ? { table: qualifiedTable(relation), mode } : undefined;
  const alter = statement.AlterTableStmt;
  if (alter) {
    const modes = (alter.cmds ?? []).flatMap((cmd) => (cmd.AlterTableCmd ? [alterCommandLock(cmd.AlterTableCmd)] : []));
    const own = existing(alter.relation, strongest(modes.length > 0 ? modes : ['ACCESS EXCLUSIVE']));
    if (own) return own;
    // A foreign key added to a new table still locks the table it references.
    const referenced = (alter.cmds ?? [])
      .flatMap((cmd) => [cmd.AlterTableCmd?.def?.Constraint, ...(cmd.AlterTableCmd?.def?.ColumnDef?.constraints ?? []).map((item) => item.Constraint)])
      .find((constraint) => constraint?.contype === 'CONSTR_FOREIGN' && constraint.pktable && context.isExistingTable(qualifiedTable(constraint.pktable)));
    return referenced?.pktable ? { table: qualifiedTable(referenced.pktable), mode: 'SHARE ROW EXCLUSIVE' } : undefined;
  }
  if (statement.AlterDomainStmt?.subtype === 'C') return { table: `every table with a column of domain ${nameListText(statement.AlterDomainStmt.typeName)}`, mode: 'SHARE' };
  const rename = statement.RenameStmt;
  if (rename?.relation && (rename.renameType === 'OBJECT_COLUMN' || rename.renameType === 'OBJECT_TABLE' || rename.renameType === 'OBJECT_TABCONSTRAINT')) {
    return existing(rename.relation, 'ACCESS EXCLUSIVE');
  }
  if (statement.IndexStmt) return existing(statement.IndexStmt.relation, statement.IndexStmt.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE');
  const dropped = droppedTables(statement).find((table) => context.isExistingTable(table));
  if (dropped) return { table: dropped, mode: 'ACCESS EXCLUSIVE' };
  if (statement.DropStmt?.removeType === 'OBJECT_INDEX' && !statement.DropStmt.concurrent) {
    const index = droppedObjectNames(statement.DropStmt.objects)[0];
    return index ? { table: `the table of index ${index}`, mode: 'ACCESS EXCLUSIVE' } : undefined;
  }
  const truncated = (statement.TruncateStmt?.relations ?? []).find((relation) => relation.RangeVar && context.isExistingTable(qualifiedTable(relation.RangeVar)));
  if (truncated?.RangeVar) return { table: qualifiedTable(truncated.RangeVar), mode: 'ACCESS EXCLUSIVE' };
  if (statement.ReindexStmt) {
    const concurrent = reindexesConcurrently(statement.ReindexStmt);
    const name = statement.ReindexStmt.relation ? qualifiedTable(statement.ReindexStmt.relation) : statement.ReindexStmt.name ?? 'the database';
    return { table: name, mode: concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE' };
  }
  if (statement.ClusterStmt) return statement.ClusterStmt.relation ? existing(statement.ClusterStmt.relation, 'ACCESS EXCLUSIVE') : { table: 'every clustered table', mode: 'ACCESS EXCLUSIVE' };
  if (statement.VacuumStmt && (statement.VacuumStmt.options ?? []).some((option) => option.DefElem?.defname === 'full')) {
    const relation = statement.VacuumStmt.rels?.[0]?.VacuumRelation?.relation;
    return relation ? existing(relation, 'ACCESS EXCLUSIVE') : { table: 'every table', mode: 'ACCESS EXCLUSIVE' };
  }
  if (statement.RefreshMatViewStmt) return existing(statement.RefreshMatViewStmt.relation, statement.RefreshMatViewStmt.concurrent ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE');
  if (statement.LockStmt) {
    const relation = statement.LockStmt.relations?.[0]?.RangeVar;
    return existing(relation, LOCK_MODES[(statement.LockStmt.mode ?? 8) - 1] ?? 'ACCESS EXCLUSIVE');
  }
  const referenced = (statement.CreateStmt?.tableElts ?? [])
    .flatMap((element) => [element.Constraint, ...(element.ColumnDef?.constraints ?? []).map((constraint) => constraint.Constraint)])
    .find((constraint) => constraint?.contype === 'CONSTR_FOREIGN' && constraint.pktable && context.isExistingTable(qualifiedTable(constraint.pktable)));
  if (referenced?.pktable) return { table: qualifiedTable(referenced.pktable), mode: 'SHARE ROW EXCLUSIVE' };
  return undefined;
}

/** The lock one `ALTER TABLE` subcommand takes (PostgreSQL's `AlterTableGetLockLevel`). */
function alterCommandLock(cmd: AlterTableCmd): LockMode {
  switch (cmd.subtype) {
    case 'AT_ValidateConstraint':
    case 'AT_SetStatistics':
    case 'AT_SetOptions':
    case 'AT_ResetOptions':
    case 'AT_ClusterOn':
    case 'AT_DropCluster':
    case 'AT_SetRelOptions':
    case 'AT_ResetRelOptions':
    case 'AT_AttachPartition':
      // ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE on the parent since PostgreSQL 12 (ACCESS EXCLUSIVE on the partition).
      return 'SHARE UPDATE EXCLUSIVE';
    case 'AT_DetachPartition':
      return cmd.def?.PartitionCmd?.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE';
    case 'AT_EnableTrig':
    case 'AT_EnableAlwaysTrig':
    case 'AT_EnableReplicaTrig':
    case 'AT_DisableTrig':
    case 'AT_EnableTrigAll':
    case 'AT_DisableTrigAll':
    case 'AT_EnableTrigUser':
    case 'AT_DisableTrigUser':
      return 'SHARE ROW EXCLUSIVE';
    case 'AT_AddConstraint':
      return cmd.def?.Constraint?.contype === 'CONSTR_FOREIGN' ? 'SHARE ROW EXCLUSIVE' : 'ACCESS EXCLUSIVE';
    default:
      return 'ACCESS EXCLUSIVE';
  }
}

function strongest(modes: readonly LockMode[]): LockMode {
  return modes.reduce((a, b) => (LOCK_MODES.indexOf(a) >= LOCK_MODES.indexOf(b) ? a : b));
}

/** `ACCESS EXCLUSIVE lock (blocks every read and write, ...)`: a lock mode with what it blocks, for messages. */
export function describeLock(mode: LockMode): string {
  return `${mode} lock (blocks ${LOCK_BLOCKS[mode]})`;
}

/**
 * Whether a lock blocks other sessions' reads or writes (SHARE and stronger). A weaker one (SHARE UPDATE EXCLUSIVE,
 * taken by `CREATE INDEX CONCURRENTLY`, `VALIDATE CONSTRAINT`, `ATTACH PARTITION`) queues nobody's queries while it
 * waits, so it needs no lock_timeout, and a statement_timeout would only kill a concurrent build half way.
 */
export function blocksReadsOrWrites(mode: LockMode): boolean {
  return LOCK_MODES.indexOf(mode) >= LOCK_MODES.indexOf('SHARE');
}

/**
 * The lock a statement takes on an existing table: measured on PGlite when it was (the strongest lock it held on a
 * table that existed before the change), else from the command (`statementLock`).
 */
export function effectiveLock(statement: StatementNode, context: Pick<LintContext, 'isExistingTable' | 'measured'>): (StatementLock & { readonly measured: boolean }) | undefined {
  if (context.measured) {
    const lock = context.measured.locks.find((held) => context.isExistingTable(held.relation));
    return lock ? { table: lock.relation, mode: lock.mode, measured: true } : undefined;
  }
  const lock = statementLock(statement, context);
  return lock ? { ...lock, measured: false } : undefined;
}
