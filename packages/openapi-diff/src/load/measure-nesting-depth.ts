import { appendPointer } from '../model/json-pointer.js';

/** The deepest value of a document: how many reference tokens lead to it, and its JSON pointer. */
export interface DeepestPoint {
  readonly depth: number;
  readonly pointer: string;
}

interface Visit {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Visit | undefined;
  readonly token: string;
}

/**
 * Measures a parsed document's nesting without recursing (so any depth can be measured): the first deepest value
 * in document order. Its pointer is spelled out only once, from the chain of parents, so measuring stays linear.
 */
export function measureNestingDepth(document: unknown): DeepestPoint {
  let deepest: Visit = { value: document, depth: 0, parent: undefined, token: '' };
  const stack: Visit[] = [deepest];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    if (visit.depth > deepest.depth) deepest = visit;
    const value = visit.value;
    if (value === null || typeof value !== 'object') continue;
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: visit.depth + 1, parent: visit, token: key });
    }
  }
  const tokens: string[] = [];
  for (let visit: Visit | undefined = deepest; visit?.parent !== undefined; visit = visit.parent) tokens.push(visit.token);
  return { depth: deepest.depth, pointer: appendPointer('', ...tokens.reverse()) };
}
