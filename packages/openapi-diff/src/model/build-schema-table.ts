import { compareStrings } from '@ripple/model';
import { appendPointer, readPointer } from './json-pointer.js';
import { mergeSchemas, type SchemaDraft } from './merge-schemas.js';
import type { Bound, Property, Schema } from './open-api-document.js';
import { isReference, resolveRef, type SpecFiles } from './resolve-ref.js';
import { stabilityAsWritten } from './stability-level.js';

/** A property of a schema synthesised from 2.0 `formData` parameters. */
export interface SyntheticProperty {
  readonly name: string;
  readonly required: boolean;
  readonly path: string;
  readonly pointer: string;
  readonly value: unknown;
}

export interface SchemaTable {
  readonly schemas: readonly Schema[];
  /** The index of the schema written at `pointer` in `path` (following `$ref`s); memoised, cycle-safe. */
  schemaAt(path: string, pointer: string, value: unknown): number;
  /** An object schema whose properties are written elsewhere (2.0 form parameters). */
  objectOf(path: string, pointer: string, properties: readonly SyntheticProperty[]): number;
}

/** Keywords that are only annotations: a 3.1 `$ref` with only these beside it is still just the reference. */
const ANNOTATIONS = new Set(['$ref', 'description', 'summary', 'title', '$comment', 'example', 'examples', 'deprecated']);

/** A schema given its index but not yet filled in: where it is written and the component it sits in. */
interface Pending {
  readonly draft: SchemaDraft;
  readonly path: string;
  readonly pointer: string;
  readonly value: unknown;
  readonly component: string | undefined;
}

/** The `allOf` members (and 3.1 sibling `$ref`) of a schema, folded in once every member is complete. */
interface Members {
  readonly indices: readonly number[];
  /** The schema declares no `type` of its own, so its nullability is the conjunction of its members'. */
  readonly nullableFromMembers: boolean;
}

/**
 * Builds the schema table of one description lazily: each schema is normalised once, the first time an operation
 * reaches it. Nothing recurses on the input: a schema reached for the first time gets its index at once and is
 * queued, its own keywords are read off the queue (queueing the schemas it refers to), and `allOf` members are
 * folded in afterwards, members first, by a walk with its own stack. So circular schemas terminate, and neither
 * a nesting ten thousand levels deep nor a ring or chain of ten thousand schemas can overflow the call stack.
 * `version` decides `nullable` and `exclusiveMaximum` semantics.
 */
export function buildSchemaTable(specFiles: SpecFiles, version: '2.0' | '3.0' | '3.1'): SchemaTable {
  const schemas: SchemaDraft[] = [];
  const byLocation = new Map<string, number>();
  const byObject = new Map<object, number>();
  const pending: Pending[] = [];
  const membersOf = new Map<number, Members>();
  const componentsElsewhere = componentsInOtherFiles(specFiles);

  /** The index of the schema at `pointer`, queued for filling when it is new. */
  function indexOf(path: string, pointer: string, value: unknown, component: string | undefined | null): number {
    let located = { path, pointer, value };
    let name = component;
    if (isReference(value) && (version !== '3.1' || Object.keys(value).every((key) => ANNOTATIONS.has(key)))) {
      located = resolveRef(specFiles, path, pointer, value);
      name = null;
    }
    // A parsed JSON object sits at exactly one place, so it identifies its location without building a key.
    const object = located.value !== null && typeof located.value === 'object' ? located.value : undefined;
    const key = object === undefined ? `${located.path}#${located.pointer}` : '';
    const known = object === undefined ? byLocation.get(key) : byObject.get(object);
    if (known !== undefined) return known;
    const index = schemas.length;
    if (object === undefined) byLocation.set(key, index);
    else byObject.set(object, index);
    // `null`: a pointer not derived from its parent's (a root, or a `$ref` target), short enough to read.
    // Otherwise the name is inherited and the pointer, possibly thousands of tokens long, is never scanned.
    const elsewhere = name === null ? componentsElsewhere.get(`${located.path}#${located.pointer}`) : undefined;
    const exact = name === null ? (componentNameOf(located.pointer, true) ?? elsewhere) : undefined;
    const draft = emptyDraft(index, displayOf(located.path), located.pointer, exact);
    schemas.push(draft);
    pending.push({ draft, path: located.path, pointer: located.pointer, value: located.value, component: name === null ? (componentNameOf(located.pointer) ?? elsewhere) : name });
    return index;
  }

  /** Fills every queued schema, then folds the `allOf` members of the new ones, members first. */
  function complete(): void {
    const filled: number[] = [];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      fill(next);
      filled.push(next.draft.index);
    }
    const folded = new Set<number>();
    for (const index of filled) foldMembers(index, folded);
  }

  /**
   * Folds `allOf` members into `start` and, before it, into each member not yet folded: a post-order walk with
   * its own stack. A member still on the stack (an `allOf` cycle) is incomplete and left out, as a recursive
   * build would leave out a schema it is still building.
   */
  function foldMembers(start: number, folded: Set<number>): void {
    if (folded.has(start) || !membersOf.has(start)) return;
    const active = new Set<number>([start]);
    const stack: { index: number; next: number }[] = [{ index: start, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const members = membersOf.get(top.index);
      const member = members?.indices[top.next];
      if (member !== undefined) {
        top.next++;
        if (!folded.has(member) && !active.has(member) && membersOf.has(member)) {
          active.add(member);
          stack.push({ index: member, next: 0 });
        }
        continue;
      }
      stack.pop();
      active.delete(top.index);
      folded.add(top.index);
      membersOf.delete(top.index);
      if (members) fold(top.index, members, active);
    }
  }

  function fold(index: number, members: Members, incomplete: ReadonlySet<number>): void {
    const draft = schemas[index];
    if (!draft) return;
    const complete = members.indices.filter((member) => !incomplete.has(member) && member !== index);
    if (members.nullableFromMembers && !draft.nullable) {
      // `allOf` is a conjunction: it admits `null` only when every member does. (The 3.0 idiom
      // `allOf: [$ref]` plus `nullable: true` is caught by the schema's own `nullable`.)
      draft.nullable = complete.length > 0 && complete.every((member) => schemas[member]?.nullable === true);
    }
    for (const member of complete) {
      const schema = schemas[member];
      if (schema) mergeSchemas(draft, schema);
    }
  }

  function schemaAt(path: string, pointer: string, value: unknown): number {
    const index = indexOf(path, pointer, value, null);
    complete();
    return index;
  }

  function objectOf(path: string, pointer: string, properties: readonly SyntheticProperty[]): number {
    const index = schemas.length;
    const draft = emptyDraft(index, displayOf(path), pointer, componentNameOf(pointer, true));
    schemas.push(draft);
    draft.types = ['object'];
    draft.properties = properties
      .map((property) => ({
        name: property.name,
        pointer: property.pointer,
        file: displayOf(property.path),
        schemaName: undefined,
        schema: indexOf(property.path, property.pointer, property.value, null),
      }))
      .sort((a, b) => compareStrings(a.name, b.name));
    draft.required = properties.filter((property) => property.required).map((property) => property.name).sort(compareStrings);
    complete();
    return index;
  }

  /** Reads a schema's own keywords; the schemas it refers to get their indices and are queued. */
  function fill({ draft, path, pointer, value, component }: Pending): void {
    if (value === false) {
      draft.isFalse = true;
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const raw = value as Record<string, unknown>;
    const at = (...tokens: (string | number)[]): number => indexOf(path, appendPointer(pointer, ...tokens), readPath(raw, tokens), component);
    const rawTypes = typeof raw.type === 'string' ? [raw.type] : Array.isArray(raw.type) ? raw.type.filter(isString) : [];
    draft.nullable =
      rawTypes.includes('null') ||
      (version === '3.0' && raw.nullable === true) ||
      (version === '2.0' && raw['x-nullable'] === true);
    draft.types = [...new Set(rawTypes.filter((type) => type !== 'null'))].sort(compareStrings);
    if (draft.types.length === 0 && !raw.oneOf && !raw.anyOf) {
      // `{ properties }` without `type` is written as an object everywhere in practice; say so, so adding
      // `type: object` is not reported as a change.
      if (isObject(raw.properties) || raw.additionalProperties !== undefined) draft.types = ['object'];
      else if (raw.items !== undefined || Array.isArray(raw.prefixItems)) draft.types = ['array'];
    }
    draft.format = typeof raw.format === 'string' ? raw.format : undefined;
    if (Array.isArray(raw.enum)) {
      if (raw.enum.includes(null)) draft.nullable = true;
      draft.enum = [...new Set(raw.enum.filter((item) => item !== null).map(canonicalJson))];
    }
    if (Array.isArray(raw['x-extensible-enum'])) {
      draft.extensibleEnum = [...new Set((raw['x-extensible-enum'] as unknown[]).filter((item) => item !== null).map(canonicalJson))];
    }
    if (Object.hasOwn(raw, 'const')) draft.constValue = canonicalJson(raw.const);
    if (Object.hasOwn(raw, 'default')) draft.default = canonicalJson(raw.default);
    draft.maximum = bound(raw.maximum, raw.exclusiveMaximum, 'max');
    draft.minimum = bound(raw.minimum, raw.exclusiveMinimum, 'min');
    draft.multipleOf = numberOrUndefined(raw.multipleOf);
    draft.maxLength = numberOrUndefined(raw.maxLength);
    draft.minLength = positiveOrUndefined(raw.minLength);
    // An empty pattern matches every string: it is no pattern (as oasdiff reads it).
    draft.pattern = typeof raw.pattern === 'string' && raw.pattern !== '' ? raw.pattern : undefined;
    draft.maxItems = numberOrUndefined(raw.maxItems);
    draft.minItems = positiveOrUndefined(raw.minItems);
    draft.uniqueItems = raw.uniqueItems === true;
    draft.maxProperties = numberOrUndefined(raw.maxProperties);
    draft.minProperties = positiveOrUndefined(raw.minProperties);
    draft.readOnly = raw.readOnly === true;
    draft.writeOnly = raw.writeOnly === true;
    draft.deprecated = raw.deprecated === true;
    draft.sunset = typeof raw['x-sunset'] === 'string' ? raw['x-sunset'] : undefined;
    draft.stability = stabilityAsWritten(raw['x-stability-level']);
    if (isObject(raw.not) && Object.keys(raw.not).length === 0) draft.isFalse = true;

    if (isObject(raw.properties)) {
      const schemaName = component;
      draft.properties = Object.keys(raw.properties)
        .sort(compareStrings)
        .map(
          (name): Property => ({
            name,
            pointer: appendPointer(pointer, 'properties', name),
            file: draft.file,
            schemaName,
            schema: at('properties', name),
          }),
        );
    }
    if (Array.isArray(raw.required)) draft.required = [...new Set(raw.required.filter(isString))].sort(compareStrings);
    if (raw.additionalProperties === false) draft.additionalProperties = false;
    else if (isObject(raw.additionalProperties) && Object.keys(raw.additionalProperties).length > 0) {
      draft.additionalProperties = at('additionalProperties');
    }
    if (isObject(raw.items)) draft.items = at('items');
    else if (raw.items === false && Array.isArray(raw.prefixItems)) draft.items = undefined;
    if (Array.isArray(raw.prefixItems)) draft.prefixItems = raw.prefixItems.map((_, i) => at('prefixItems', i));
    if (Array.isArray(raw.oneOf)) draft.oneOf = raw.oneOf.map((_, i) => at('oneOf', i));
    if (Array.isArray(raw.anyOf)) draft.anyOf = raw.anyOf.map((_, i) => at('anyOf', i));
    if (isObject(raw.discriminator) && typeof raw.discriminator.propertyName === 'string') {
      const mapping = isObject(raw.discriminator.mapping) ? raw.discriminator.mapping : {};
      draft.discriminator = {
        propertyName: raw.discriminator.propertyName,
        mapping: Object.keys(mapping)
          .sort(compareStrings)
          .map((key) => ({ value: key, target: String(mapping[key]) })),
      };
    }

    if (isObject(raw.contains) || typeof raw.contains === 'boolean') draft.contains = at('contains');
    draft.minContains = numberOrUndefined(raw.minContains);
    draft.maxContains = numberOrUndefined(raw.maxContains);
    if (isObject(raw.dependentRequired)) {
      const entries = raw.dependentRequired;
      draft.dependentRequired = Object.keys(entries)
        .sort(compareStrings)
        .map((name) => ({ name, required: Array.isArray(entries[name]) ? [...new Set(entries[name].filter(isString))].sort(compareStrings) : [] }));
    }
    if (isObject(raw.dependentSchemas)) {
      draft.dependentSchemas = Object.keys(raw.dependentSchemas).sort(compareStrings).map((name) => ({ name, schema: at('dependentSchemas', name) }));
    }
    draft.contentEncoding = typeof raw.contentEncoding === 'string' ? raw.contentEncoding : undefined;
    draft.contentMediaType = typeof raw.contentMediaType === 'string' ? raw.contentMediaType : undefined;
    if (isObject(raw.contentSchema) || typeof raw.contentSchema === 'boolean') draft.contentSchema = at('contentSchema');
    draft.unevaluatedItems = isObject(raw.unevaluatedItems) ? at('unevaluatedItems') : typeof raw.unevaluatedItems === 'boolean' ? raw.unevaluatedItems : undefined;
    draft.unevaluatedProperties = isObject(raw.unevaluatedProperties)
      ? at('unevaluatedProperties')
      : typeof raw.unevaluatedProperties === 'boolean'
        ? raw.unevaluatedProperties
        : undefined;
    if (isObject(raw.patternProperties)) {
      draft.patternProperties = Object.keys(raw.patternProperties).sort(compareStrings).map((pattern) => ({ pattern, schema: at('patternProperties', pattern) }));
    }
    for (const keyword of ['propertyNames', 'if', 'then', 'else'] as const) {
      if (isObject(raw[keyword]) || typeof raw[keyword] === 'boolean') draft[keyword] = at(keyword);
    }
    if (isObject(raw.not) && Object.keys(raw.not).length > 0) draft.not = at('not');

    const members: number[] = [];
    if (typeof raw.$ref === 'string') members.push(indexOf(path, pointer, { $ref: raw.$ref }, component));
    if (Array.isArray(raw.allOf)) raw.allOf.forEach((_, i) => members.push(at('allOf', i)));
    if (members.length > 0) membersOf.set(draft.index, { indices: members, nullableFromMembers: rawTypes.length === 0 });
  }

  function displayOf(location: string): string {
    return specFiles.files.get(location)?.display ?? location;
  }

  return { schemas, schemaAt, objectOf };
}

function emptyDraft(index: number, file: string, pointer: string, name: string | undefined): SchemaDraft {
  return {
    index,
    file,
    pointer,
    name,
    isFalse: false,
    types: [],
    nullable: false,
    format: undefined,
    enum: undefined,
    extensibleEnum: undefined,
    constValue: undefined,
    default: undefined,
    maximum: undefined,
    minimum: undefined,
    multipleOf: undefined,
    maxLength: undefined,
    minLength: undefined,
    pattern: undefined,
    maxItems: undefined,
    minItems: undefined,
    uniqueItems: false,
    maxProperties: undefined,
    minProperties: undefined,
    readOnly: false,
    writeOnly: false,
    deprecated: false,
    sunset: undefined,
    stability: undefined,
    properties: [],
    required: [],
    additionalProperties: undefined,
    items: undefined,
    prefixItems: [],
    oneOf: [],
    anyOf: [],
    discriminator: undefined,
    contains: undefined,
    minContains: undefined,
    maxContains: undefined,
    dependentRequired: [],
    dependentSchemas: [],
    contentEncoding: undefined,
    contentMediaType: undefined,
    contentSchema: undefined,
    unevaluatedItems: undefined,
    unevaluatedProperties: undefined,
    patternProperties: [],
    propertyNames: undefined,
    if: undefined,
    then: undefined,
    else: undefined,
    not: undefined,
  };
}

/**
 * The components a description split over files writes outside its root, by `path#pointer`: the root's
 * `components.schemas` (2.0 `definitions`) may be a `$ref` to a file whose keys are the schemas' names
 * (`schemas: { $ref: ./components/schemas/_index.yaml }`), and each entry may be a `$ref` to where the schema is
 * written (`Tenant: { $ref: ./tenant.yaml#/Tenant }`): both places are the component `Tenant`, as bundlers and client
 * generators name it. An entry that does not resolve is left to fail where an operation reaches it. Linear in the
 * components.
 */
function componentsInOtherFiles(specFiles: SpecFiles): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  const root = specFiles.files.get(specFiles.rootPath)?.content;
  for (const container of ['/components/schemas', '/definitions']) {
    const value = readPointer(root, container);
    if (value === undefined) continue;
    const map = resolvedOrUndefined(specFiles, specFiles.rootPath, container, value);
    if (!map || !isObject(map.value)) continue;
    const moved = map.path !== specFiles.rootPath || map.pointer !== container;
    for (const [name, entry] of Object.entries(map.value)) {
      const pointer = appendPointer(map.pointer, name);
      if (moved && !found.has(`${map.path}#${pointer}`)) found.set(`${map.path}#${pointer}`, name);
      const target = isReference(entry) ? resolvedOrUndefined(specFiles, map.path, pointer, entry) : undefined;
      if (target && !found.has(`${target.path}#${target.pointer}`)) found.set(`${target.path}#${target.pointer}`, name);
    }
  }
  return found;
}

function resolvedOrUndefined(specFiles: SpecFiles, path: string, pointer: string, value: unknown): { path: string; pointer: string; value: unknown } | undefined {
  try {
    return resolveRef(specFiles, path, pointer, value);
  } catch {
    return undefined;
  }
}

/** `Customer` for `/components/schemas/Customer/...` (or only the exact pointer when `exact`). */
export function componentNameOf(pointer: string, exact = false): string | undefined {
  const match = /^\/(?:components\/schemas|definitions)\/([^/]+)(\/.*)?$/.exec(pointer);
  if (!match?.[1] || (exact && match[2])) return undefined;
  return match[1].replaceAll('~1', '/').replaceAll('~0', '~');
}

type JsonStep = { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'text'; readonly text: string };

/**
 * Deterministic JSON text: object keys sorted, so `{a,b}` and `{b,a}` defaults compare equal. The same text as
 * `JSON.stringify` with sorted keys, written with its own stack: a `default` nested ten thousand levels deep
 * would overflow `JSON.stringify`'s recursion.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  const stack: JsonStep[] = [{ kind: 'value', value }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if (step.kind === 'text') {
      out.push(step.text);
      continue;
    }
    let item = step.value;
    if (item !== null && typeof item === 'object' && typeof (item as { toJSON?: unknown }).toJSON === 'function') {
      item = (item as { toJSON: () => unknown }).toJSON(); // a YAML timestamp is a Date
    }
    if (item === null || typeof item !== 'object') {
      out.push(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 'null' : (JSON.stringify(item) ?? 'null'));
      continue;
    }
    const steps: JsonStep[] = [];
    if (Array.isArray(item)) {
      steps.push({ kind: 'text', text: '[' });
      item.forEach((element: unknown, i) => {
        if (i > 0) steps.push({ kind: 'text', text: ',' });
        steps.push({ kind: 'value', value: element });
      });
      steps.push({ kind: 'text', text: ']' });
    } else {
      const record = item as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined && typeof record[key] !== 'function' && typeof record[key] !== 'symbol')
        .sort(compareStrings);
      steps.push({ kind: 'text', text: '{' });
      keys.forEach((key, i) => {
        steps.push({ kind: 'text', text: `${i > 0 ? ',' : ''}${JSON.stringify(key)}:` });
        steps.push({ kind: 'value', value: record[key] });
      });
      steps.push({ kind: 'text', text: '}' });
    }
    for (let i = steps.length - 1; i >= 0; i--) stack.push(steps[i]!);
  }
  return out.join('');
}

function bound(value: unknown, exclusive: unknown, side: 'max' | 'min'): Bound | undefined {
  if (typeof exclusive === 'number') {
    // 3.1: `exclusiveMaximum` is the bound itself; the stricter of it and `maximum` applies (the lower maximum,
    // the higher minimum).
    if (typeof value !== 'number' || (side === 'max' ? exclusive <= value : exclusive >= value)) return { value: exclusive, exclusive: true };
  }
  return typeof value === 'number' ? { value, exclusive: exclusive === true } : undefined;
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** `minLength: 0` says nothing: treat it as absent so writing it out is not a change. */
function positiveOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && value > 0 ? value : undefined;
}

function readPath(raw: Record<string, unknown>, tokens: readonly (string | number)[]): unknown {
  let current: unknown = raw;
  for (const token of tokens) current = (current as Record<string | number, unknown> | undefined)?.[token];
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
