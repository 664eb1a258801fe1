import type { LintRule } from '../lint-rule.js';
import { typeWithModifiers } from '../statement-node.js';
import { alterationsOfExistingTable } from './column-edits.js';

export const changingColumnType: LintRule = {
  id: 'changing-column-type',
  level: 'warning',
  docs: 'Changing a column type takes an ACCESS EXCLUSIVE lock and, for most changes (integer to numeric, text to integer), rewrites the table and its indexes; every reader sees new values. Expand and contract instead: a new column, dual writes, a batched backfill, move readers, drop the old one.',
  check: (statement, context) => {
    const altered = alterationsOfExistingTable(statement, context);
    return (altered?.commands ?? []).flatMap((cmd) =>
      cmd.subtype === 'AT_AlterColumnType'
        ? [{
            message: `${altered!.table}.${cmd.name ?? '?'} changes type to ${typeWithModifiers(cmd.def?.ColumnDef?.typeName)}: an ACCESS EXCLUSIVE lock and usually a table rewrite`,
            ...(cmd.def?.ColumnDef?.typeName?.location !== undefined ? { offset: cmd.def.ColumnDef.typeName.location } : {}),
          }]
        : [],
    );
  },
};
