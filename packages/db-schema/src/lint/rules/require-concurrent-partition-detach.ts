import type { LintRule } from '../lint-rule.js';
import { alterationsOfExistingTable } from './column-edits.js';

export const requireConcurrentPartitionDetach: LintRule = {
  id: 'require-concurrent-partition-detach',
  origin: 'squawk',
  level: 'warning',
  docs: '`DETACH PARTITION` takes an ACCESS EXCLUSIVE lock on the partitioned table, blocking every query on every partition. From PostgreSQL 14 use `DETACH PARTITION ... CONCURRENTLY` (outside a transaction), which takes SHARE UPDATE EXCLUSIVE.',
  check: (statement, context) => {
    if (context.pgVersion < 14) return [];
    const altered = alterationsOfExistingTable(statement, context);
    return (altered?.commands ?? []).flatMap((cmd) =>
      cmd.subtype === 'AT_DetachPartition' && !cmd.def?.PartitionCmd?.concurrent
        ? [{ message: `partition ${cmd.def?.PartitionCmd?.name?.relname ?? '?'} is detached from ${altered!.table} without CONCURRENTLY: every query on the table blocks` }]
        : [],
    );
  },
};
