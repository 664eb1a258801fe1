import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderValidatorModule, VALIDATOR_MODULES } from '../src/load/render-validator-module.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

describe('generated OpenAPI validators', () => {
  it.each(Object.entries(VALIDATOR_MODULES))('%s is up to date (run `pnpm --filter @ripple/openapi-diff validators`)', (version, file) => {
    expect(readFileSync(path.join(root, 'src/load', file), 'utf8')).toBe(renderValidatorModule(version as keyof typeof VALIDATOR_MODULES));
  });
});
