/**
 * A lookup table's own entry for a key read from input, or undefined: `table[key]` would also find what
 * `Object.prototype` has (`constructor`, `toString`, `__proto__`), which no table means to hold.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
