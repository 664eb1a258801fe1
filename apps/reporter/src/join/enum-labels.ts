import type { EnumLabelColumn } from '@ripple/code-scan';
import type { ColumnChange, ColumnDetailChange } from '@ripple/model';

/** The adapter of a usage the scan tied to a column by the column's enum type (`viewMode?: ViewMode`). */
export const ENUM_TYPE_ADAPTER = 'enum-type';

/** A type as the schema diff writes an enum rewrite: `"Type" AS ENUM ('BUY', 'ITEM')`. */
const ENUM_TYPE = /\sAS ENUM \((.*)\)$/s;
const LABEL = /'((?:[^']|'')*)'/g;

/** `"Type" AS ENUM ('BUY', 'ITEM')` -> `['BUY', 'ITEM']`; undefined for a type written without its labels. */
export function enumLabelsOf(type: string): string[] | undefined {
  const list = ENUM_TYPE.exec(type)?.[1];
  return list === undefined ? undefined : [...list.matchAll(LABEL)].map((match) => match[1]!.replaceAll("''", "'"));
}

/**
 * The labels an enum rewrite takes away (Prisma's `Type_new` swap when a value is removed or renamed): the base's
 * labels the head lacks. Undefined for any other change, and for a rewrite that removes none (labels reordered:
 * every comparison and `ORDER BY` may change, so every consumer stays one).
 */
export function removedEnumLabels(change: ColumnChange | ColumnDetailChange): readonly string[] | undefined {
  if (change.kind !== 'column-type-changed') return undefined;
  const before = enumLabelsOf(change.from);
  const after = enumLabelsOf(change.to);
  if (!before || !after) return undefined;
  const removed = before.filter((label) => !after.includes(label));
  return removed.length > 0 ? removed : undefined;
}

/** `"SpaceMemberRole"[] AS ENUM (...)` -> `SpaceMemberRole`, `public.poll_status AS ENUM (...)` -> `poll_status`. */
export function enumTypeNameOf(type: string): string | undefined {
  const name = /^(.*?)(?:\[\])*\sAS ENUM \(/s.exec(type)?.[1];
  if (name === undefined) return undefined;
  const last = /(?:^|\.)("(?:[^"]|"")+"|[^."]+)$/.exec(name)?.[1];
  return last?.startsWith('"') ? last.slice(1, -1).replaceAll('""', '"') : last;
}

/** The columns whose enum loses labels, as `findEnumLabelUsages` looks for the code that names those labels. */
export function enumLabelColumns(changes: readonly (ColumnChange | ColumnDetailChange)[]): readonly EnumLabelColumn[] {
  return changes.flatMap((change) => {
    const removed = removedEnumLabels(change);
    if (!removed || change.kind !== 'column-type-changed') return [];
    const type = enumTypeNameOf(change.from);
    const labels = enumLabelsOf(change.from);
    return type === undefined || labels === undefined ? [] : [{ column: change.column, type, labels, removed }];
  });
}

/**
 * Whether source text names one of the labels as a value: a string literal (`'ITEM'`, `"ITEM"`, `` `ITEM` ``) or a
 * member of the enum's object (`Type.ITEM`, `$Enums.Type.ITEM`). A reader that names none of the removed labels reads
 * the values that stay, which still come back the same.
 */
export function namesEnumLabel(text: string, labels: readonly string[]): boolean {
  return labels.some((label) => {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(['"\`])${escaped}\\1|\\.${escaped}(?![\\w$])`).test(text);
  });
}
