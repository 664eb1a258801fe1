/**
 * Calls `visit` on every object node of a libpg-query parse tree, iteratively: a deep expression must not exhaust
 * the stack. Arrays are walked through, not visited.
 */
export function eachParseNode(tree: unknown, visit: (node: Record<string, unknown>) => void): void {
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    visit(node as Record<string, unknown>);
    stack.push(...Object.values(node));
  }
}
