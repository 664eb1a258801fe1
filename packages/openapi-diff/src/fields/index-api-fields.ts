import { compareStrings, type Diagnostic } from '@ripple/model';
import type { OpenApiDocument, Operation } from '../model/open-api-document.js';

/** One schema property an operation exposes: what the reporter joins database columns against. */
export interface ApiField {
  readonly operation: string;
  readonly direction: 'request' | 'response';
  /** The leaf name: `email`. */
  readonly property: string;
  /** Dotted from the body root, arrays as `[]`, map values as `{}`: `customer.email`, `[].email`, `addresses{}.street`. */
  readonly path: string;
  /** The component schema the property is declared in: `Customer`. */
  readonly schemaName?: string;
  readonly pointer: string;
  readonly file: string;
}

/** How deep the index descends into nested properties, items and maps: no column is joined through more. */
export const FIELD_DEPTH_LIMIT = 64;
/** How many fields one operation's request or response may list (a lattice of shared schemas is exponential). */
export const FIELD_COUNT_LIMIT = 10_000;

/**
 * Every schema property reachable from each operation's parameters, request body and responses (all statuses
 * and media types), with the pointer of its declaration. `readOnly` properties are left out of requests and
 * `writeOnly` ones out of responses. Recursion stops where a schema repeats on the current path, so circular
 * schemas list each property once per level reached before the cycle. Sorted by operation, direction, path,
 * pointer. The walk keeps its own stack, stops at `FIELD_DEPTH_LIMIT` levels and `FIELD_COUNT_LIMIT` fields per
 * operation and direction; each cut is pushed to `cuts` as a diagnostic, when given.
 */
export function indexApiFields(doc: OpenApiDocument, cuts?: Diagnostic[]): readonly ApiField[] {
  const fields = new Map<string, ApiField>();
  for (const operation of [...doc.operations, ...doc.webhooks]) {
    for (const direction of ['request', 'response'] as const) {
      const walk = fieldWalk(doc, operation, direction, fields);
      if (direction === 'request') {
        for (const parameter of operation.parameters) {
          walk.add({ operation: operation.key, direction, property: parameter.name, path: parameter.name, pointer: parameter.pointer, file: parameter.file });
          if (parameter.schema !== undefined) walk.from(parameter.schema, parameter.name);
        }
        for (const media of operation.requestBody?.content ?? []) if (media.schema !== undefined) walk.from(media.schema, '');
      } else {
        for (const response of operation.responses) for (const media of response.content) if (media.schema !== undefined) walk.from(media.schema, '');
      }
      const cut = walk.cut();
      if (cut && cuts) {
        const limit = cut.reason === 'depth' ? `${FIELD_DEPTH_LIMIT} levels deep` : `${FIELD_COUNT_LIMIT.toLocaleString('en-US')} fields`;
        cuts.push({
          kind: 'diagnostic',
          code: 'openapi/fields-cut',
          message: `${operation.key} ${direction}: fields are indexed ${limit} at most; those past ${cut.path === '' ? 'the body' : `'${cut.path}'`} are not joined with columns`,
          location: { file: cut.file, line: 1 },
          pointer: cut.pointer,
        });
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

interface Visit {
  readonly index: number;
  readonly path: string;
  /** The schemas on the way here, the one of this visit excluded. */
  readonly ancestors: readonly number[];
}

interface Cut {
  readonly reason: 'depth' | 'count';
  readonly path: string;
  readonly file: string;
  readonly pointer: string;
}

/** The walk of one operation's request or response, with its own stack, within the limits. */
function fieldWalk(doc: OpenApiDocument, operation: Operation, direction: 'request' | 'response', fields: Map<string, ApiField>) {
  let count = 0;
  let firstCut: Cut | undefined;
  const add = (field: ApiField): boolean => {
    const key = `${field.operation}\u0000${field.direction}\u0000${field.path}\u0000${field.pointer}`;
    if (fields.has(key)) return true;
    if (count >= FIELD_COUNT_LIMIT) {
      firstCut ??= { reason: 'count', path: field.path, file: field.file, pointer: field.pointer };
      return false;
    }
    count++;
    fields.set(key, field);
    return true;
  };
  const from = (start: number, startPath: string): void => {
    const stack: Visit[] = [{ index: start, path: startPath, ancestors: [] }];
    for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
      const { index, path, ancestors } = visit;
      const schema = doc.schemas[index];
      if (!schema || ancestors.includes(index)) continue;
      if (ancestors.length >= FIELD_DEPTH_LIMIT) {
        firstCut ??= { reason: 'depth', path, file: schema.file, pointer: schema.pointer };
        continue;
      }
      const inner = [...ancestors, index];
      // Pushed in reverse, so the walk goes in the order a recursive one would.
      const next: Visit[] = [];
      for (const property of schema.properties) {
        const child = doc.schemas[property.schema];
        if (!child || (direction === 'request' ? child.readOnly : child.writeOnly)) continue;
        const childPath = path === '' ? property.name : `${path}.${property.name}`;
        const added = add({
          operation: operation.key,
          direction,
          property: property.name,
          path: childPath,
          ...(property.schemaName === undefined ? {} : { schemaName: property.schemaName }),
          pointer: property.pointer,
          file: property.file,
        });
        if (added) next.push({ index: property.schema, path: childPath, ancestors: inner });
      }
      if (schema.items !== undefined) next.push({ index: schema.items, path: `${path}[]`, ancestors: inner });
      if (typeof schema.additionalProperties === 'number') next.push({ index: schema.additionalProperties, path: `${path}{}`, ancestors: inner });
      schema.prefixItems.forEach((item, i) => next.push({ index: item, path: `${path}[${i}]`, ancestors: inner }));
      for (const member of [...schema.oneOf, ...schema.anyOf]) next.push({ index: member, path, ancestors: inner });
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
    }
  };
  return { add: (field: ApiField): void => void add(field), from, cut: (): Cut | undefined => firstCut };
}
