import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatColumnRef, type ColumnChange, type ColumnDetailChange, type Usage } from '@ripple/model';
import { namesEnumLabel, removedEnumLabels } from '../join/enum-labels.js';

/**
 * For each type change that removes enum labels: which files using the column name one of them in either tree (the
 * base's had to change; the head's still do, and break). A file no tree can read counts as naming them, so it stays a
 * consumer; one where `findEnumLabelUsages` found a label (adapter `enum-label`) names them. The join keeps only those
 * files' usages (`ImpactInputs.enumLabelFiles`).
 */
export async function enumLabelFiles(
  changes: readonly (ColumnChange | ColumnDetailChange)[],
  usages: readonly Usage[],
  roots: readonly string[],
): Promise<ReadonlyMap<string, ReadonlySet<string>>> {
  const found = new Map<string, ReadonlySet<string>>();
  const texts = new Map<string, Promise<readonly string[]>>();
  const textsOf = (file: string): Promise<readonly string[]> => {
    let text = texts.get(file);
    if (!text) texts.set(file, (text = readAll(roots, file)));
    return text;
  };
  for (const change of changes) {
    const labels = removedEnumLabels(change);
    if (!labels) continue;
    const key = formatColumnRef(change.column);
    const files = new Set(usages.filter((usage) => formatColumnRef(usage.column) === key).map((usage) => usage.location.file));
    const naming = new Set(usages.filter((usage) => usage.adapter === ENUM_LABEL && formatColumnRef(usage.column) === key).map((usage) => usage.location.file));
    for (const file of files) {
      if (naming.has(file)) continue;
      const versions = await textsOf(file);
      if (versions.length === 0 || versions.some((text) => namesEnumLabel(text, labels))) naming.add(file);
    }
    found.set(key, naming);
  }
  return found;
}

/** The adapter of `findEnumLabelUsages`' usages. */
const ENUM_LABEL = 'enum-label';

/** The file's text in each tree that has it (one deleted or added by the change is in one only). */
async function readAll(roots: readonly string[], file: string): Promise<readonly string[]> {
  const texts: string[] = [];
  for (const root of new Set(roots)) {
    try {
      texts.push(await readFile(join(root, file), 'utf8'));
    } catch {
      // Not in this tree.
    }
  }
  return texts;
}
