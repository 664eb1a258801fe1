import { compareStrings, type Diagnostic } from '@ripple/model';
import type { ErrorObject } from 'ajv';
import type { SpecVersion } from './compile-spec-schema.js';
import type { DeepestPoint } from './measure-nesting-depth.js';

type Validate = ((document: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** The generated first-error validators, loaded only for the version at hand. */
const FIRST_ERROR: Readonly<Record<SpecVersion, () => Promise<{ validate: Validate }>>> = {
  '2.0': () => import('./openapi-2-0-validator.generated.js') as Promise<{ validate: Validate }>,
  '3.0': () => import('./openapi-3-0-validator.generated.js') as Promise<{ validate: Validate }>,
  '3.1': () => import('./openapi-3-1-validator.generated.js') as Promise<{ validate: Validate }>,
};

/**
 * The deepest document the validators are given. They are generated code that recurses once per level or more
 * (the 3.0 one overflows the call stack past about 900 levels, the 2.0 one past about 1,900); this leaves them
 * room to spare whatever the caller's stack already holds.
 */
export const VALIDATOR_DEPTH_LIMIT = 500;

/**
 * Validates a parsed description against the official OpenAPI JSON Schema for its version, on the document as
 * written rather than dereferenced: a dereferenced GitHub description re-validates every shared schema at every
 * use and takes seconds, the written one well under one. A valid description (the usual case) is checked by a
 * precompiled validator that stops at the first error; only an invalid one is checked again by Ajv for all
 * errors. Violations do not stop the diff (oasdiff diffs such descriptions too): each is a warning diagnostic
 * with the JSON pointer of the offending value. A document nested deeper than the validators can take is not
 * validated, and one diagnostic says so, pointing at its deepest point.
 */
export async function validateSpecSchema(document: unknown, version: SpecVersion, file: string, deepest: DeepestPoint): Promise<Diagnostic[]> {
  if (deepest.depth > VALIDATOR_DEPTH_LIMIT) {
    const message = `not checked against the OpenAPI ${version} schema: ${deepest.depth.toLocaleString('en-US')} levels of nesting (the validator takes ${VALIDATOR_DEPTH_LIMIT.toLocaleString('en-US')})`;
    return [{ kind: 'diagnostic', code: 'openapi/too-deep-to-validate', message, location: { file, line: 1 }, pointer: deepest.pointer }];
  }
  const { validate: firstError } = await FIRST_ERROR[version]();
  if (firstError(document)) return [];
  const { compileSpecSchema } = await import('./compile-spec-schema.js');
  const { validate } = compileSpecSchema(version, { allErrors: true, source: false });
  if (validate(document)) return [];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of specificErrors(validate.errors ?? [])) {
    const message = `not valid OpenAPI ${version}: ${describe(error)}`;
    const key = `${error.instancePath}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({ kind: 'diagnostic', code: 'openapi/schema-violation', message, location: { file, line: 1 }, pointer: error.instancePath });
  }
  return diagnostics.sort((a, b) => compareStrings(a.pointer ?? '', b.pointer ?? '') || compareStrings(a.message, b.message));
}

const ALTERNATIVES = new Set(['oneOf', 'anyOf']);
const UMBRELLAS = new Set(['oneOf', 'anyOf', 'not', 'if', 'then', 'else', 'allOf', '$ref', '$dynamicRef']);

/**
 * The errors that say what is actually wrong. Ajv reports a failed `oneOf` with the errors of every alternative;
 * the alternatives the value plainly is not meant for are dropped: those rejected by a discriminating keyword
 * (`in: path` against `in: query`: an `enum`/`const` mismatch) or by a missing `$ref` (not a Reference object).
 * Of the rest, the alternative whose errors reach deepest is kept. The umbrella errors themselves go.
 */
function specificErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const choices = errors.filter((error) => ALTERNATIVES.has(error.keyword)).sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const choice of choices) {
    if (dropped.has(choice)) continue;
    const prefix = `${choice.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of errors) {
      if (dropped.has(error) || !error.schemaPath.startsWith(prefix) || !error.instancePath.startsWith(choice.instancePath)) continue;
      const branch = error.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      const list = branches.get(branch);
      if (list) list.push(error);
      else branches.set(branch, [error]);
    }
    // A property that several alternatives pin to different values (`in`, `type`) tells which one was meant.
    const pinned = new Map<string, number>();
    for (const branchErrors of branches.values()) {
      for (const path of new Set(branchErrors.filter((error) => isPin(error, choice)).map((error) => error.instancePath))) pinned.set(path, (pinned.get(path) ?? 0) + 1);
    }
    const rejects = (error: ErrorObject): boolean =>
      (isPin(error, choice) && (pinned.get(error.instancePath) ?? 0) > 1) ||
      (isMissingRef(error) && error.instancePath === choice.instancePath);
    const meant = [...branches.values()].filter((branchErrors) => !branchErrors.some(rejects));
    const candidates = meant.length > 0 ? meant : [...branches.values()];
    const depth = (branchErrors: readonly ErrorObject[]): number => Math.max(...branchErrors.map((error) => error.instancePath.length));
    const kept = candidates.sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
    for (const branchErrors of branches.values()) if (branchErrors !== kept) for (const error of branchErrors) dropped.add(error);
  }
  const specific = errors.filter((error) => !dropped.has(error) && !UMBRELLAS.has(error.keyword));
  // A value with other errors at or under it was not meant as a Reference object: its missing `$ref` says nothing.
  const wrongAtOrUnder = new Set<string>();
  for (const error of specific) {
    if (isMissingRef(error)) continue;
    for (let at = error.instancePath; !wrongAtOrUnder.has(at); at = at.slice(0, Math.max(0, at.lastIndexOf('/')))) {
      wrongAtOrUnder.add(at);
      if (at === '') break;
    }
  }
  return specific.filter((error) => !isMissingRef(error) || !wrongAtOrUnder.has(error.instancePath));
}

function isMissingRef(error: ErrorObject): boolean {
  return error.keyword === 'required' && (error.params as { missingProperty?: unknown }).missingProperty === '$ref';
}

/** An `enum`/`const` mismatch on a direct property of the value the alternatives are about. */
function isPin(error: ErrorObject, choice: ErrorObject): boolean {
  if (error.keyword !== 'enum' && error.keyword !== 'const') return false;
  const rest = error.instancePath.slice(choice.instancePath.length);
  return error.instancePath.startsWith(choice.instancePath) && /^\/[^/]+$/.test(rest);
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `unexpected property '${String(params.additionalProperty)}'`;
  if (error.keyword === 'required') return `missing required property '${String(params.missingProperty)}'`;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) return `must be one of ${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')}`;
  if (error.keyword === 'const') return `must be ${JSON.stringify(params.allowedValue)}`;
  return error.message ?? error.keyword;
}
