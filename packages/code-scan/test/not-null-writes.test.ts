import { fileURLToPath } from 'node:url';
import type { WritePlace } from '../src/index.js';
import { describe, expect, it } from 'vitest';
import { findNonNullWrites, scanUsages } from '../src/index.js';
import { snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({ Users: ['id', 'email', 'firstName', 'createdAt', 'updatedAt'] });

describe('writes whose value cannot be null', () => {
  it('not-null-writes: literals, templates and `x || literal` are values; a variable, a call, `?? null` and `undefined` may be null', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/sequelize/not-null-writes', import.meta.url));
    const { usages } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    const writes = usages.filter((usage) => usage.access === 'write' && usage.column.column === 'email');
    const places = new Map<string, WritePlace[]>();
    for (const { location } of writes) places.set(location.file, [...(places.get(location.file) ?? []), { line: location.line, column: location.column ?? 0 }]);
    const found = await findNonNullWrites(root, places);
    expect(writes.map(({ location }) => `${location.file}:${location.line}:${location.column} ${found.has(`${location.file}:${location.line}:${location.column}`) ? 'value' : 'maybe null'}`)).toEqual([
      'server/lib/users.js:4:24 maybe null',
      'server/lib/users.js:8:24 maybe null',
      'server/lib/users.js:12:8 value',
      'test/users.test.js:5:25 value',
      'test/users.test.js:6:25 value',
      'test/users.test.js:7:25 maybe null',
      'test/users.test.js:8:25 maybe null',
    ]);
  });
});
