import type { LintRule } from '../lint-rule.js';
import { describeLock } from '../statement-locks.js';
import { typeWithModifiers } from '../statement-node.js';
import { alterationsOfExistingTable } from './column-edits.js';

export const changingColumnType: LintRule = {
  id: 'changing-column-type',
  origin: 'squawk',
  level: 'warning',
  docs: 'Changing a column type takes an ACCESS EXCLUSIVE lock and, for most changes (integer to numeric, text to integer), rewrites the table and its indexes; every reader sees new values. Expand and contract instead: a new column, dual writes, a batched backfill, move readers, drop the old one. With a base schema Ripple runs the statement on PGlite (in a transaction it rolls back) and reports only a change that rewrote the table or an index (a new relfilenode): widening `varchar(n)`, `varchar` to `text`, a higher `numeric` precision and knex\'s `.alter()` of those are metadata-only and pass; without one, every type change is reported, as squawk does.',
  check: (statement, context) => {
    const altered = alterationsOfExistingTable(statement, context);
    const measured = context.measured;
    if (measured && measured.rewritten.length === 0) return [];
    return (altered?.commands ?? []).flatMap((cmd) => {
      if (cmd.subtype !== 'AT_AlterColumnType') return [];
      const column = `${altered!.table}.${cmd.name ?? '?'} changes type to ${typeWithModifiers(cmd.def?.ColumnDef?.typeName)}`;
      const lock = measured?.locks.find((held) => held.relation === altered!.table);
      const message = measured
        ? `${column}: measured on PGlite, ${measured.rewritten.join(', ')} rewritten under an ${describeLock(lock?.mode ?? 'ACCESS EXCLUSIVE')}`
        : `${column}: an ACCESS EXCLUSIVE lock and usually a table rewrite`;
      return [{ message, ...(cmd.def?.ColumnDef?.typeName?.location !== undefined ? { offset: cmd.def.ColumnDef.typeName.location } : {}) }];
    });
  },
};
