import type { LintRule } from '../lint-rule.js';
import { qualifiedTable } from '../statement-node.js';

/** strong_migrations' bound: a non-unique index on more columns than this rarely helps. */
const MAX_INDEX_COLUMNS = 3;

export const indexOnManyColumns: LintRule = {
  id: 'index-on-many-columns',
  origin: 'strong_migrations',
  level: 'info',
  docs: 'A non-unique index on more than three columns rarely speeds up a query more than one on its first columns, and costs writes and space on every insert and update (strong_migrations\' `add_index_columns` check). Index the leading columns queries filter on.',
  check: (statement) => {
    const index = statement.IndexStmt;
    const count = index?.indexParams?.length ?? 0;
    if (!index || count <= MAX_INDEX_COLUMNS || index.unique) return [];
    return [{ message: `index ${index.idxname ?? '(unnamed)'} on ${qualifiedTable(index.relation)} has ${count} columns: more than ${MAX_INDEX_COLUMNS} rarely helps and slows every write` }];
  },
};
