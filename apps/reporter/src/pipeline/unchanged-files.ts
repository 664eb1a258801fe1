import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatColumnRef, type ColumnChange, type ColumnDetailChange, type Usage } from '@ripple/model';

/**
 * The files a `handled` consumer could be in (base usages of a dropped or renamed column, or of one losing enum
 * labels) whose bytes are the same in both trees: the change edited nothing there. Reads two copies of those files only.
 */
export async function unchangedFiles(changes: readonly (ColumnChange | ColumnDetailChange)[], baseUsages: readonly Usage[], trees: { readonly base: string; readonly head: string }): Promise<ReadonlySet<string>> {
  const columns = new Set(changes.filter((change) => change.kind === 'column-dropped' || change.kind === 'column-renamed' || change.kind === 'column-type-changed').map((change) => formatColumnRef(change.column)));
  const files = [...new Set(baseUsages.filter((usage) => columns.has(formatColumnRef(usage.column))).map((usage) => usage.location.file))].sort();
  const same = new Set<string>();
  for (const file of files) {
    const [base, head] = await Promise.all([textOf(join(trees.base, file)), textOf(join(trees.head, file))]);
    if (base !== undefined && base === head) same.add(file);
  }
  return same;
}

async function textOf(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
