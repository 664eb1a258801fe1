import type { LintRule } from '../lint-rule.js';
import { alterationsOfExistingTable } from './column-edits.js';

export const banDropColumn: LintRule = {
  id: 'ban-drop-column',
  origin: 'squawk',
  level: 'warning',
  docs: 'Dropping a column breaks every reader and writer still deployed with the old code, and the data is gone (a down migration cannot bring it back). Stop using it everywhere first, deploy, then drop it in a later release. A column the change itself added in an earlier migration or statement is not flagged: it holds no data and no deployed code uses it.',
  check: (statement, context) => {
    const altered = alterationsOfExistingTable(statement, context);
    // A column the change itself added (spliit's documentUrls, added, retyped by drop and add, then dropped in three
    // migrations of one pull request) holds no data and no deployed code uses it.
    return (altered?.commands ?? []).flatMap((cmd) =>
      cmd.subtype === 'AT_DropColumn' && (cmd.name === undefined || context.isExistingColumn(altered!.table, cmd.name))
        ? [{ message: `${altered!.table}.${cmd.name ?? '?'} is dropped: its data is lost and deployed code that uses it breaks` }]
        : [],
    );
  },
};
