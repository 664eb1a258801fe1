import { compareStrings } from '@ripple/model';
import type { OpenApiDocument, Operation } from '../model/open-api-document.js';

/** One schema property an operation exposes: what the reporter joins database columns against. */
export interface ApiField {
  readonly operation: string;
  readonly direction: 'request' | 'response';
  /** The leaf name: `email`. */
  readonly property: string;
  /** Dotted from the body root, arrays as `[]`: `customer.email`, `[].email`, `tags[]`. */
  readonly path: string;
  /** The component schema the property is declared in: `Customer`. */
  readonly schemaName?: string;
  readonly pointer: string;
  readonly file: string;
}

/**
 * Every schema property reachable from each operation's parameters, request body and responses (all statuses
 * and media types), with the pointer of its declaration. `readOnly` properties are left out of requests and
 * `writeOnly` ones out of responses. Recursion stops where a schema repeats on the current path, so circular
 * schemas list each property once per level reached before the cycle. Sorted by operation, direction, path,
 * pointer.
 */
export function indexApiFields(doc: OpenApiDocument): readonly ApiField[] {
  const fields = new Map<string, ApiField>();
  const add = (field: ApiField): void => {
    const key = `${field.operation}\u0000${field.direction}\u0000${field.path}\u0000${field.pointer}`;
    if (!fields.has(key)) fields.set(key, field);
  };
  for (const operation of [...doc.operations, ...doc.webhooks]) {
    for (const parameter of operation.parameters) {
      add({ operation: operation.key, direction: 'request', property: parameter.name, path: parameter.name, pointer: parameter.pointer, file: parameter.file });
      if (parameter.schema !== undefined) walk(doc, operation, 'request', parameter.schema, parameter.name, [], add);
    }
    for (const media of operation.requestBody?.content ?? []) {
      if (media.schema !== undefined) walk(doc, operation, 'request', media.schema, '', [], add);
    }
    for (const response of operation.responses) {
      for (const media of response.content) {
        if (media.schema !== undefined) walk(doc, operation, 'response', media.schema, '', [], add);
      }
    }
  }
  return [...fields.values()].sort(
    (a, b) =>
      compareStrings(a.operation, b.operation) ||
      compareStrings(a.direction, b.direction) ||
      compareStrings(a.path, b.path) ||
      compareStrings(a.pointer, b.pointer),
  );
}

function walk(
  doc: OpenApiDocument,
  operation: Operation,
  direction: 'request' | 'response',
  index: number,
  path: string,
  stack: readonly number[],
  add: (field: ApiField) => void,
): void {
  if (stack.includes(index)) return;
  const schema = doc.schemas[index];
  if (!schema) return;
  const inner = [...stack, index];
  for (const property of schema.properties) {
    const child = doc.schemas[property.schema];
    if (!child || (direction === 'request' ? child.readOnly : child.writeOnly)) continue;
    const childPath = path === '' ? property.name : `${path}.${property.name}`;
    add({
      operation: operation.key,
      direction,
      property: property.name,
      path: childPath,
      ...(property.schemaName === undefined ? {} : { schemaName: property.schemaName }),
      pointer: property.pointer,
      file: property.file,
    });
    walk(doc, operation, direction, property.schema, childPath, inner, add);
  }
  if (schema.items !== undefined) walk(doc, operation, direction, schema.items, `${path}[]`, inner, add);
  schema.prefixItems.forEach((item, i) => walk(doc, operation, direction, item, `${path}[${i}]`, inner, add));
  for (const member of [...schema.oneOf, ...schema.anyOf]) walk(doc, operation, direction, member, path, inner, add);
}
