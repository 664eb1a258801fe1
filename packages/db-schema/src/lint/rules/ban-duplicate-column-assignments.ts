import type { LintHit, LintRule } from '../lint-rule.js';
import { qualifiedTable, type ResTargetItem } from '../statement-node.js';

/** The second and later uses of each name, with where they are. */
function repeated(table: string, names: readonly { readonly name: string | undefined; readonly location: number | undefined }[], what: string): LintHit[] {
  const seen = new Set<string>();
  return names.flatMap(({ name, location }) => {
    if (name === undefined) return [];
    if (!seen.has(name)) {
      seen.add(name);
      return [];
    }
    return [{ message: `${table}.${name} ${what}: PostgreSQL refuses it`, ...(location !== undefined ? { offset: location } : {}) }];
  });
}

/** The columns a target list assigns as a whole (`a = 1`; not `a.x = 1`, which assigns a field of `a`). */
function assigned(targets: readonly ResTargetItem[] | undefined): { readonly name: string | undefined; readonly location: number | undefined }[] {
  return (targets ?? []).filter((target) => (target.ResTarget?.indirection?.length ?? 0) === 0).map((target) => ({ name: target.ResTarget?.name, location: target.ResTarget?.location }));
}

export const banDuplicateColumnAssignments: LintRule = {
  id: 'ban-duplicate-column-assignments',
  origin: 'squawk',
  level: 'error',
  docs: 'An `UPDATE` (or `INSERT ... ON CONFLICT DO UPDATE`) that assigns the same column twice fails (`multiple assignments to same column`), as does a `CREATE TABLE` that names a column twice: the migration stops. Assign and name each column once.',
  check: (statement) => {
    const update = statement.UpdateStmt;
    if (update) return repeated(qualifiedTable(update.relation), assigned(update.targetList), 'is assigned twice');
    const insert = statement.InsertStmt;
    if (insert) {
      return [
        ...repeated(qualifiedTable(insert.relation), assigned(insert.cols), 'is listed twice in INSERT'),
        ...repeated(qualifiedTable(insert.relation), assigned(insert.onConflictClause?.targetList), 'is assigned twice in ON CONFLICT DO UPDATE'),
      ];
    }
    const create = statement.CreateStmt ?? statement.CreateForeignTableStmt?.base;
    if (create) return repeated(qualifiedTable(create.relation), (create.tableElts ?? []).map((element) => ({ name: element.ColumnDef?.colname, location: element.ColumnDef?.location })), 'is defined twice');
    return [];
  },
};
