import { compareStrings, type SchemaSnapshot } from '@ripple/model';

/** Every object of a snapshot by a readable key (`column public.customers.email`), with what defines it. */
function objectsOf(snapshot: SchemaSnapshot): Map<string, string> {
  const objects = new Map<string, string>();
  const put = (key: string, value: unknown): void => {
    objects.set(key, JSON.stringify(value));
  };
  for (const table of snapshot.tables) {
    put(`${table.kind} ${table.schema}.${table.name}`, { partitionKey: table.partitionKey, partitionOf: table.partitionOf });
    for (const column of table.columns) {
      put(`column ${table.schema}.${table.name}.${column.name}`, { ...column, position: undefined, comment: undefined });
    }
  }
  for (const view of snapshot.views) put(`${view.kind} ${view.schema}.${view.name}`, view.definition);
  for (const index of snapshot.indexes) put(`index ${index.schema}.${index.name}`, index.definition);
  for (const constraint of snapshot.constraints) put(`constraint ${constraint.name} on ${constraint.schema}.${constraint.table}`, constraint.definition);
  for (const trigger of snapshot.triggers ?? []) put(`trigger ${trigger.name} on ${trigger.schema}.${trigger.table}`, trigger.definition);
  for (const fn of snapshot.functions ?? []) put(`${fn.kind} ${fn.schema}.${fn.name}(${fn.arguments})`, { returns: fn.returns, language: fn.language, body: fn.body });
  for (const policy of snapshot.policies ?? []) put(`policy ${policy.name} on ${policy.schema}.${policy.table}`, policy);
  for (const item of snapshot.enums ?? []) put(`enum ${nameOf(item)}`, item);
  for (const item of snapshot.domains ?? []) put(`domain ${nameOf(item)}`, item);
  for (const item of snapshot.sequences ?? []) put(`sequence ${nameOf(item)}`, item);
  for (const item of snapshot.extensions ?? []) put(`extension ${nameOf(item)}`, item);
  return objects;
}

function nameOf(item: object): string {
  const record = item as { schema?: string; name?: string };
  return record.schema !== undefined ? `${record.schema}.${record.name ?? '?'}` : (record.name ?? '?');
}

/**
 * What differs between two snapshots of what should be the same schema, one line per object, sorted:
 * `column public.customers.email: missing`, `index public.x: extra`, `column public.t.c: differs`.
 * Column positions and comments are ignored (a dropped and re-added column moves to the end).
 */
export function schemaDifferences(expected: SchemaSnapshot, actual: SchemaSnapshot): string[] {
  const want = objectsOf(expected);
  const have = objectsOf(actual);
  const lines: string[] = [];
  for (const [key, value] of want) {
    if (!have.has(key)) lines.push(`${key}: missing`);
    else if (have.get(key) !== value) lines.push(`${key}: differs`);
  }
  for (const key of have.keys()) if (!want.has(key)) lines.push(`${key}: extra`);
  return lines.sort(compareStrings);
}
