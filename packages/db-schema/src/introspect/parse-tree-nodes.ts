/** Reading libpg-query's JSON parse trees without trusting their shape: every accessor returns undefined or []. */

/** Every object found under a `{ [type]: node }` wrapper anywhere in a parse tree. */
export function nodesOfType(tree: unknown, type: string): unknown[] {
  const found: unknown[] = [];
  const visit = (node: object): void => {
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') visit(item);
    } else {
      const object = node as Record<string, unknown>;
      for (const key in object) {
        const value = object[key];
        if (key === type) found.push(value);
        if (value !== null && typeof value === 'object') visit(value);
      }
    }
  };
  if (tree !== null && typeof tree === 'object') visit(tree);
  return found;
}

export function objectField(node: unknown, key: string): unknown {
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
}

export function stringField(node: unknown, key: string): string | undefined {
  const value = objectField(node, key);
  return typeof value === 'string' ? value : undefined;
}

export function numberField(node: unknown, key: string): number | undefined {
  const value = objectField(node, key);
  return typeof value === 'number' ? value : undefined;
}

export function arrayField(node: unknown, key: string): unknown[] {
  const value = objectField(node, key);
  return Array.isArray(value) ? value : [];
}

export function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
