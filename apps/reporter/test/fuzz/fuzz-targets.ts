import { openApiTarget } from './openapi-target.js';
import { sqlPGliteTarget } from './sql-pglite-target.js';
import { sqlStaticTarget } from './sql-static-target.js';
import { tsScanTarget } from './ts-scan-target.js';

/** Every fuzzing target by name, in the order `pnpm fuzz` runs them. */
export const FUZZ_TARGETS = {
  openapi: openApiTarget,
  'sql-static': sqlStaticTarget,
  'sql-pglite': sqlPGliteTarget,
  'ts-scan': tsScanTarget,
} as const;
