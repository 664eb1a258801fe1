import { RippleError } from '@ripple/model';
import type { ErrorObject } from 'ajv';
import type { SpecVersion } from './compile-spec-schema.js';

type Validate = ((document: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** The generated first-error validators, loaded only for the version at hand. */
const FIRST_ERROR: Readonly<Record<SpecVersion, () => Promise<{ validate: Validate }>>> = {
  '2.0': () => import('./openapi-2-0-validator.generated.js') as Promise<{ validate: Validate }>,
  '3.0': () => import('./openapi-3-0-validator.generated.js') as Promise<{ validate: Validate }>,
  '3.1': () => import('./openapi-3-1-validator.generated.js') as Promise<{ validate: Validate }>,
};

/**
 * Validates a parsed description against the official OpenAPI JSON Schema for its version, on the document as
 * written rather than dereferenced: a dereferenced GitHub description re-validates every shared schema at every
 * use and takes seconds, the written one well under one. A valid description (the usual case) is checked by a
 * precompiled validator that stops at the first error; only an invalid one is checked again by Ajv for all
 * errors, to name the most specific. Throws `openapi/invalid` naming the JSON pointer of that error.
 */
export async function validateSpecSchema(document: unknown, version: SpecVersion, file: string): Promise<void> {
  const { validate: firstError } = await FIRST_ERROR[version]();
  if (firstError(document)) return;
  const { compileSpecSchema } = await import('./compile-spec-schema.js');
  const { validate } = compileSpecSchema(version, { allErrors: true, source: false });
  if (validate(document)) return;
  const errors = validate.errors ?? [];
  const worst = [...errors].sort(bySpecificity)[0];
  const pointer = worst?.instancePath ?? '';
  const detail = worst ? describe(worst) : 'does not match the OpenAPI schema';
  throw new RippleError('openapi/invalid', `not a valid OpenAPI ${version} description: ${detail}`, { file, pointer });
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
