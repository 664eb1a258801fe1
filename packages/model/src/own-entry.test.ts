import { describe, expect, it } from 'vitest';
import { ownEntry } from './own-entry.js';

describe('ownEntry', () => {
  it("gives a table's own entries, and nothing for what Object.prototype has", () => {
    const table: Readonly<Record<string, string>> = { person: 'people', toStringy: 'x' };
    expect(ownEntry(table, 'person')).toBe('people');
    expect(ownEntry(table, 'toStringy')).toBe('x');
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'missing']) expect(ownEntry(table, key)).toBeUndefined();
  });
});
