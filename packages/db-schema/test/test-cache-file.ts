import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The PGlite data-dir cache the tests share (not the user's cache). */
export const TEST_CACHE_FILE = path.join(os.tmpdir(), 'ripple-db-schema-tests', 'pglite.tar');

/** packages/db-schema, the root the fixtures' relative paths start from. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
