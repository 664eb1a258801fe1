import { compareStrings, type Diagnostic } from '@ripple/model';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SpecVersion } from './compile-spec-schema.js';
import { appendPointer, readPointer } from '../model/json-pointer.js';
import { decodeFragment } from '../model/resolve-ref.js';
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
  const checked = version === '3.1' ? withoutPathItemRefs(document) : document;
  if (firstError(checked)) return [];
  const validate = await allErrorsValidator(version);
  if (validate(checked)) return [];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of specificErrors(validate.errors ?? [], validate.schema)) {
    const { pointer, problem } = placeOf(error, document);
    const message = `not valid OpenAPI ${version}: ${problem}`;
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({ kind: 'diagnostic', code: 'openapi/schema-violation', message, location: { file, line: 1 }, pointer });
  }
  return diagnostics.sort((a, b) => compareStrings(a.pointer ?? '', b.pointer ?? '') || compareStrings(a.message, b.message));
}

/**
 * The document with each path item's `$ref` left out (a shallow copy of `paths`): OpenAPI 3.1 allows a path item to
 * be a `$ref` (`/api/live: { $ref: ./paths/metadata.yaml#/liveness }`, hatchet's whole `paths`), but the official
 * 3.1 JSON Schema's `path-item` does not list `$ref` and rejects it as an unevaluated property, once per path.
 */
function withoutPathItemRefs(document: unknown): unknown {
  if (!isObject(document) || !isObject(document.paths)) return document;
  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => {
      if (!isObject(item) || !('$ref' in item)) return [path, item];
      return [path, Object.fromEntries(Object.entries(item).filter(([key]) => key !== '$ref'))];
    }),
  );
  return { ...document, paths };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const ALTERNATIVES = new Set(['oneOf', 'anyOf']);
const UMBRELLAS = new Set(['oneOf', 'anyOf', 'not', 'if', 'then', 'else', 'allOf', '$ref', '$dynamicRef']);

/**
 * The errors that say what is actually wrong. Ajv reports a failed `oneOf`/`anyOf` with the errors of every
 * alternative, so a path parameter without `required` also gets "`in` must be query", "must be header", ... The
 * alternatives a value is plainly not meant for are dropped with all their errors, outermost choice first: one
 * whose `$ref` is missing (not a Reference object), one whose `type` does not match, and ones that pin a property
 * to a value it does not have when another alternative accepts that value (`in: path`). An error belongs to the
 * alternative whose schema holds the schema object it failed in (Ajv's `verbose` `parentSchema`). The umbrella
 * errors themselves go.
 */
function specificErrors(errors: readonly ErrorObject[], root: unknown): ErrorObject[] {
  const order = new Map(errors.map((error, i) => [error, i]));
  const dropped = new Set<ErrorObject>();
  // Outermost first: a shallower value, then (at the same value) the later error, as Ajv reports a choice after
  // the errors of its alternatives.
  const choices = errors
    .filter((error) => ALTERNATIVES.has(error.keyword) && Array.isArray(error.schema))
    .sort((a, b) => a.instancePath.length - b.instancePath.length || (order.get(b) ?? 0) - (order.get(a) ?? 0));
  const under = errorsAtOrUnder(errors);
  const ownersOfAlternatives = new Map<unknown, Map<object, number>>();
  const ownersByChoice = new Map(
    choices.map((choice) => {
      let owners = ownersOfAlternatives.get(choice.schema);
      if (!owners) ownersOfAlternatives.set(choice.schema, (owners = ownersOf(choice.schema as readonly unknown[], root)));
      return [choice, owners] as const;
    }),
  );
  // An alternative shared by choices at several depths (`Schema` inside `Schema`) reports to the deepest of them.
  const claimed = new Map<ErrorObject, number>();
  for (const [choice, owners] of ownersByChoice) {
    for (const error of under(choice.instancePath)) {
      if (error === choice || !owners.has(error.parentSchema as object)) continue;
      claimed.set(error, Math.max(claimed.get(error) ?? -1, choice.instancePath.length));
    }
  }
  for (const choice of choices) {
    const level = choice.instancePath;
    const owners = ownersByChoice.get(choice) ?? new Map<object, number>();
    const branches = new Map<number, ErrorObject[]>();
    for (const error of under(level)) {
      if (error === choice || claimed.get(error) !== level.length) continue;
      const branch = owners.get(error.parentSchema as object);
      if (branch === undefined) continue;
      const list = branches.get(branch);
      if (list) list.push(error);
      else branches.set(branch, [error]);
    }
    if (dropped.has(choice)) {
      // Inside an alternative already dropped: so is everything it reported.
      for (const list of branches.values()) for (const error of list) dropped.add(error);
      continue;
    }
    // Every alternative failed (else there is nothing to choose): each competes until rejected, also those whose
    // errors cannot be told apart (they failed in a schema reached by a further `$ref`), so one always remains.
    const competing = new Set((choice.schema as readonly unknown[]).map((_, branch) => branch));
    const reject = (rejected: ReadonlySet<number>): void => {
      if (rejected.size === 0 || rejected.size >= competing.size) return;
      for (const branch of rejected) {
        competing.delete(branch);
        for (const error of branches.get(branch) ?? []) dropped.add(error);
      }
    };
    const branchesWith = (test: (error: ErrorObject) => boolean): Set<number> =>
      new Set([...competing].filter((branch) => (branches.get(branch) ?? []).some((error) => !dropped.has(error) && test(error))));
    reject(branchesWith((error) => error.instancePath === level && (isMissingRef(error) || error.keyword === 'type')));
    const pins = new Map<string, number>();
    for (const branch of competing) {
      for (const path of new Set((branches.get(branch) ?? []).filter((error) => isPin(error, level)).map((error) => error.instancePath))) pins.set(path, (pins.get(path) ?? 0) + 1);
    }
    for (const [path] of [...pins].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))) {
      reject(branchesWith((error) => isPin(error, level) && error.instancePath === path));
    }
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

/**
 * Which alternative each schema object of a choice belongs to: every object inside an alternative (a `#/...`
 * reference as the alternative itself is followed in the root schema; references further in are not).
 */
function ownersOf(alternatives: readonly unknown[], root: unknown): Map<object, number> {
  const owners = new Map<object, number>();
  alternatives.forEach((alternative, branch) => {
    const ref = (alternative as { $ref?: unknown } | null)?.$ref;
    const fragment = typeof ref === 'string' && ref.startsWith('#') ? decodeFragment(ref.slice(1)) : undefined;
    const start = fragment !== undefined ? readPointer(root, fragment) : alternative;
    const stack: unknown[] = [alternative, start];
    for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
      if (value === null || typeof value !== 'object' || owners.has(value)) continue;
      owners.set(value, branch);
      for (const item of Object.values(value)) stack.push(item);
    }
  });
  return owners;
}

/** The errors at a JSON pointer or under it, found by binary search in the errors sorted by pointer. */
function errorsAtOrUnder(errors: readonly ErrorObject[]): (level: string) => ErrorObject[] {
  const sorted = [...errors].sort((a, b) => compareStrings(a.instancePath, b.instancePath));
  const firstFrom = (path: string): number => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.instancePath < path) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return (level) => {
    const found: ErrorObject[] = [];
    for (let i = firstFrom(level); i < sorted.length && sorted[i]!.instancePath === level; i++) found.push(sorted[i]!);
    const prefix = `${level}/`;
    for (let i = firstFrom(prefix); i < sorted.length && sorted[i]!.instancePath.startsWith(prefix); i++) found.push(sorted[i]!);
    return found;
  };
}

function isAtOrChild(path: string, level: string): boolean {
  return path === level || (path.startsWith(`${level}/`) && !path.slice(level.length + 1).includes('/'));
}

function isMissingRef(error: ErrorObject): boolean {
  return error.keyword === 'required' && (error.params as { missingProperty?: unknown }).missingProperty === '$ref';
}

/** An `enum`/`const` mismatch on a direct property of the value at `level`. */
function isPin(error: ErrorObject, level: string): boolean {
  return (error.keyword === 'enum' || error.keyword === 'const') && error.instancePath !== level && isAtOrChild(error.instancePath, level);
}

/**
 * Where an error is and what it says. A path parameter without `required: true` points at its `required` keyword
 * (where the fix goes), not at the parameter or at `in`.
 */
function placeOf(error: ErrorObject, document: unknown): { pointer: string; problem: string } {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && params.missingProperty === 'required') {
    const parameter = readPointer(document, error.instancePath);
    if (parameter !== null && typeof parameter === 'object' && (parameter as Record<string, unknown>).in === 'path') {
      return { pointer: appendPointer(error.instancePath, 'required'), problem: 'a path parameter must have required: true' };
    }
  }
  return { pointer: error.instancePath, problem: describe(error) };
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `unexpected property '${String(params.additionalProperty)}'`;
  if (error.keyword === 'required') return `missing required property '${String(params.missingProperty)}'`;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) return `must be one of ${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')}`;
  if (error.keyword === 'const') return `must be ${JSON.stringify(params.allowedValue)}`;
  return error.message ?? error.keyword;
}

const ALL_ERRORS = new Map<SpecVersion, ValidateFunction>();

/** The all-errors validator of a version, compiled once per process (compiling takes longer than most diffs). */
async function allErrorsValidator(version: SpecVersion): Promise<ValidateFunction> {
  const known = ALL_ERRORS.get(version);
  if (known) return known;
  const { compileSpecSchema } = await import('./compile-spec-schema.js');
  const { validate } = compileSpecSchema(version, { allErrors: true, source: false });
  ALL_ERRORS.set(version, validate);
  return validate;
}
