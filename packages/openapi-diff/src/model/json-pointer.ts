/** `/paths/~1customers~1{id}/get`: appends reference tokens to a JSON pointer, escaping `~` and `/` (RFC 6901). */
export function appendPointer(pointer: string, ...tokens: readonly (string | number)[]): string {
  let result = pointer;
  for (const token of tokens) result += '/' + String(token).replaceAll('~', '~0').replaceAll('/', '~1');
  return result;
}

/** The decoded reference tokens of a pointer (`''` is the whole document). */
export function parsePointer(pointer: string): readonly string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The value at `pointer` inside `document`, or `undefined` when a token does not exist. */
export function readPointer(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const token of parsePointer(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}
