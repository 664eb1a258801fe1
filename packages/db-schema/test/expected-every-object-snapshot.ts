import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SchemaSnapshot } from '@ripple/model';
import { PACKAGE_ROOT } from './test-cache-file.js';

/** The snapshot of fixtures/every-object, reviewed by hand: every object kind the introspection reads. */
export function expectedEveryObjectSnapshot(): SchemaSnapshot {
  return JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'fixtures/every-object/expected-snapshot.json'), 'utf8')) as SchemaSnapshot;
}
