import { appendPointer } from '../model/json-pointer.js';
import type { Bound, OpenApiDocument, Property, Schema } from '../model/open-api-document.js';
import { whereOf, type ChangeEvent, type Site } from './change-event.js';
import { compare2020Keywords } from './compare-2020-keywords.js';
import { matchMembers } from './match-members.js';
import { FINGERPRINT_DEPTH, Fingerprints } from './schema-fingerprints.js';
import { meetsStabilityLevel, stabilityLevelOf } from '../model/stability-level.js';
import { deprecationOf, type DiffPolicy } from './deprecation-policy.js';

/** Where a schema pair sits: which sites its own changes and its properties' changes are reported under. */
export interface SchemaScope {
  readonly base: OpenApiDocument;
  readonly head: OpenApiDocument;
  readonly direction: 'request' | 'response';
  readonly rootSite: Site;
  readonly nestedSite: Site;
  readonly operation: string;
  /** `request body`, ``query parameter `limit` ``, `response body (200)`. */
  readonly rootSubject: string;
  /** Appended to nested subjects: ` (200)` for responses. */
  readonly suffix: string;
  readonly rootProperty: string | undefined;
  /**
   * A body in a media type that is not JSON (`application/xml`, a form): its values are text, so a change of type
   * to `string` (a request's) or from `string` (a response's) is compatible, as oasdiff grades it.
   */
  readonly looselyTyped?: boolean;
  /**
   * A parameter serialised form-style and exploded (`?id=1&id=2`, the default for query and cookie parameters):
   * there one value on the wire is a valid one-element array.
   */
  readonly formExploded?: boolean;
  readonly emit: (event: ChangeEvent) => void;
  /** Pairs already compared in this operation and direction; circular schemas stop here. */
  readonly visited: Set<string>;
  readonly memo: SchemaMemo;
  /** For deprecations and stability changes of properties: the options, `today`, and the operation's sunset days. */
  readonly lifecycle: { readonly policy: DiffPolicy; readonly today: string | undefined; readonly sunsetDays: number };
}

/**
 * Shared by every operation of one diff. Most schema pairs of a large description are identical and reached from
 * hundreds of operations; a pair whose whole comparison emitted nothing (and was not cut short by `visited`)
 * emits nothing from any other operation in the same direction, so it is compared once.
 */
export interface SchemaMemo {
  readonly clean: Set<string>;
  /** Events emitted so far in this diff. */
  emitted: number;
  /** Comparisons skipped because their pair was already visited. */
  cuts: number;
}

/** One step of the walk: compare a pair, or, once its whole subtree is compared, remember whether it was clean. */
type Step =
  | { readonly kind: 'pair'; readonly scope: SchemaScope; readonly baseIndex: number; readonly headIndex: number; readonly path: string }
  | { readonly kind: 'subtree-done'; readonly memo: SchemaMemo; readonly cleanKey: string; readonly emitted: number; readonly cuts: number };

/** While a walk runs, the pairs the current comparison reaches, in the order it reaches them. */
let reached: Step[] | undefined;

/**
 * Compares a base and a head schema and emits one event per difference, descending into properties, items,
 * prefix items and matched `oneOf`/`anyOf` members. Direction-neutral: it says `max-length-decreased`, and the
 * rule for the site says whether that breaks anyone. `path` is the dotted path from the body root.
 *
 * The walk keeps its own stack instead of recursing, so no nesting depth in the input can overflow the call
 * stack: a comparison only records the pairs it reaches (`reached`), which are then compared depth first in the
 * order they were reached, as a recursive walk would.
 */
export function diffSchemas(scope: SchemaScope, baseIndex: number, headIndex: number, path: string): void {
  const pair: Step = { kind: 'pair', scope, baseIndex, headIndex, path };
  if (reached !== undefined) {
    reached.push(pair);
    return;
  }
  const stack: Step[] = [pair];
  try {
    while (stack.length > 0) {
      const step = stack.pop()!;
      if (step.kind === 'subtree-done') {
        if (step.memo.emitted === step.emitted && step.memo.cuts === step.cuts) step.memo.clean.add(step.cleanKey);
        continue;
      }
      const children: Step[] = [];
      reached = children;
      const done = comparePair(step.scope, step.baseIndex, step.headIndex, step.path);
      reached = undefined;
      if (done) stack.push(done);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  } finally {
    reached = undefined;
  }
}

/** Compares one pair unless it is known clean or already visited; the step that closes its subtree, if compared. */
function comparePair(scope: SchemaScope, baseIndex: number, headIndex: number, path: string): Step | undefined {
  const atRoot = path === '';
  const site = atRoot ? scope.rootSite : scope.nestedSite;
  const key = `${site}:${baseIndex}:${headIndex}`;
  const cleanKey = `${scope.direction}:${baseIndex}:${headIndex}`;
  const { memo } = scope;
  if (memo.clean.has(cleanKey)) return undefined;
  if (scope.visited.has(key)) {
    memo.cuts++;
    return undefined;
  }
  scope.visited.add(key);
  const emitted = memo.emitted;
  const cuts = memo.cuts;
  compareSchemas(scope, baseIndex, headIndex, path, site);
  return { kind: 'subtree-done', memo, cleanKey, emitted, cuts };
}

function compareSchemas(scope: SchemaScope, baseIndex: number, headIndex: number, path: string, site: Site): void {
  const atRoot = path === '';
  const base = scope.base.schemas[baseIndex];
  const head = scope.head.schemas[headIndex];
  if (!base || !head) return;

  // Most schema pairs emit nothing: the names for a message are worked out only when one is emitted.
  // An added value (`enum/2`) is only in head and a removed one only in base; the other side points at the schema.
  const emitAt = (eventSite: Site, change: string, detail?: string, ...tokens: (string | number)[]): void => {
    const added = isAddition(change);
    const basePlace = { pointer: added ? base.pointer : appendPointer(base.pointer, ...tokens), file: base.file };
    const headPlace = { pointer: added ? appendPointer(head.pointer, ...tokens) : head.pointer, file: head.file };
    const at = added ? headPlace : basePlace;
    const property = atRoot ? scope.rootProperty : leafOf(path);
    const subject = atRoot ? scope.rootSubject : `${scope.direction} property \`${path}\`${scope.suffix}`;
    scope.emit({ site: eventSite, change, operation: scope.operation, ...at, base: basePlace, head: headPlace, subject, detail, property });
  };
  const emit: Emit = (change, detail, ...tokens) => emitAt(site, change, detail, ...tokens);

  if (base.isFalse !== head.isFalse) {
    emit(head.isFalse ? 'schema-became-false' : 'schema-became-not-false');
    return;
  }
  // A body object moved into `oneOf` alternatives: one restructuring, not each property gone and each member added
  // (a payload valid before may now match several overlapping alternatives and be rejected).
  if (atRoot && base.properties.length > 0 && base.oneOf.length === 0 && head.oneOf.length > 0 && head.properties.length === 0) {
    emit('wrapped-in-one-of', `${head.oneOf.length} alternatives`);
    return;
  }
  // An enum written as a `oneOf`/`anyOf` of single values compares as the enum it is equivalent to.
  const values = equivalentValues(scope, base, head);
  if (values) {
    compareTypes({ ...base, types: values[0].types }, { ...head, types: values[1].types }, looseSide(scope), emit);
    compareValues(values[0], values[1], emit);
  } else {
    if (atRoot && scope.formExploded === true && acceptsAsOneElementArray(scope, base, head)) {
      emit('type-generalized', `${describeTypeChange(base, head)}; form-exploded: one value is a one-element array`);
    } else compareTypes(base, head, looseSide(scope), emit);
    compareEnums(base, head, emit);
    compareExtensibleEnums(base, head, emit);
    compareOptional(base.constValue, head.constValue, 'const', emit);
  }
  compareBound(base.maximum, head.maximum, 'max', emit);
  compareBound(base.minimum, head.minimum, 'min', emit);
  compareMultipleOf(base.multipleOf, head.multipleOf, emit);
  for (const [keyword, name] of LIMITS) compareLimit(base[keyword], head[keyword], name, emit);
  if (base.uniqueItems !== head.uniqueItems) emit(head.uniqueItems ? 'unique-items-set' : 'unique-items-unset');
  comparePattern(base.pattern, head.pattern, emit);
  if (base.nullable !== head.nullable) emit(head.nullable ? 'became-nullable' : 'became-not-nullable');
  compareOptional(base.default, head.default, 'default-value', emit);
  if (base.deprecated !== head.deprecated) {
    // With an `x-sunset` the deprecation says when the property goes; one that is no date is reported as such.
    const { today, sunsetDays } = scope.lifecycle;
    if (!head.deprecated) emit('reactivated');
    else emit(deprecationOf(head.sunset, sunsetDays, today), head.sunset);
  }
  if (!atRoot && base.stability !== head.stability) compareStability(scope, base.stability, head.stability, emitAt);
  compareDiscriminator(base, head, emit);
  if (!values) {
    compareMembers(scope, base, head, 'oneOf', 'one-of', path, emit);
    compareMembers(scope, base, head, 'anyOf', 'any-of', path, emit);
  }
  comparePrefixItems(scope, base, head, path, emit);
  compareProperties(scope, base, head, path);
  compareAdditionalProperties(scope, base, head, path, emit);
  compare2020Keywords(scope, base, head, path, emit);
  if (base.items !== undefined && head.items !== undefined) diffSchemas(scope, base.items, head.items, `${path}[]`);
}

const LIMITS: readonly (readonly ['maxLength' | 'minLength' | 'maxItems' | 'minItems' | 'maxProperties' | 'minProperties', string])[] = [
  ['maxLength', 'max-length'],
  ['minLength', 'min-length'],
  ['maxItems', 'max-items'],
  ['minItems', 'min-items'],
  ['maxProperties', 'max-properties'],
  ['minProperties', 'min-properties'],
];

export type Emit = (change: string, detail?: string, ...tokens: (string | number)[]) => void;

/** Additions point into head (the keyword or value only exists there); everything else into base. */
export function isAddition(change: string): boolean {
  return /(^|-)(added|set)$|^new-/.test(change);
}


/** In a loosely typed body, the side whose type being `string` makes a type change compatible. */
function looseSide(scope: SchemaScope): 'base' | 'head' | undefined {
  if (scope.looselyTyped !== true) return undefined;
  return scope.direction === 'request' ? 'head' : 'base';
}

function describeTypeChange(base: Schema, head: Schema): string {
  const describe = (schema: Schema): string =>
    (schema.types.length === 0 ? 'any' : schema.types.join('|')) + (schema.format ? `/${schema.format}` : '');
  return `from ${describe(base)} to ${describe(head)}`;
}

function compareTypes(base: Schema, head: Schema, looseString: 'base' | 'head' | undefined, emit: Emit): void {
  const detail = describeTypeChange(base, head);
  const typeTrend = trendOf(coversTypes(head.types, base.types), coversTypes(base.types, head.types));
  if (base.types.length > 1 || head.types.length > 1) {
    if (typeTrend === 'wider') emit('list-of-types-widened', detail);
    else if (typeTrend === 'narrower') emit('list-of-types-narrowed', detail);
    else if (typeTrend === 'other') emit('type-changed', detail);
    if (typeTrend !== 'same') return;
  }
  const trend = typeTrend === 'same' ? formatTrend(base.format, head.format) : typeTrend;
  // Text carries any value as a string: a swap to a string the server reads (or from one the client reads) is safe.
  const text = looseString === 'head' ? head : looseString === 'base' ? base : undefined;
  if (trend === 'other' && text !== undefined && base.types.length === 1 && head.types.length === 1 && text.types[0] === 'string' && text.format === undefined) {
    emit('type-compatible', detail);
    return;
  }
  if (trend === 'wider') emit('type-generalized', detail);
  else if (trend === 'narrower') emit('type-specialized', detail);
  else if (trend === 'other') emit('type-changed', detail);
}

/**
 * A scalar (or a union of scalars) that became an array whose items accept every value it accepted, as oasdiff
 * grades it for a form-exploded parameter: the type change is otherwise breaking (the array is the only type
 * added), and the items take the old types (values are text on the wire, so `string` items take any scalar) with
 * the same value constraints (bounds, pattern, enum, format: everything but type, nullability and `default`).
 */
function acceptsAsOneElementArray(scope: SchemaScope, base: Schema, head: Schema): boolean {
  const added = head.types.filter((type) => !base.types.includes(type));
  if (base.types.length === 0 || added.length !== 1 || added[0] !== 'array' || coversTypes(head.types, base.types)) return false;
  const item = head.items === undefined ? undefined : scope.head.schemas[head.items];
  if (!item || !acceptsAsText(item.types, base.types)) return false;
  const constraints = (document: OpenApiDocument, index: number): string => new Fingerprints(document).ofValueConstraints(index, FINGERPRINT_DEPTH);
  return constraints(scope.base, base.index) === constraints(scope.head, item.index);
}

/** oasdiff's `isTypeContained` for values that are text on the wire: a supertype of the one old type, or `string`, or any. */
function acceptsAsText(types: readonly string[], old: readonly string[]): boolean {
  const [type] = types;
  if (types.length === 1 && old.length === 1 && (old[0] === type || (old[0] === 'integer' && type === 'number'))) return true;
  return types.length === 0 || (types.length === 1 && type === 'string');
}

type Trend = 'same' | 'wider' | 'narrower' | 'other';

function trendOf(headCoversBase: boolean, baseCoversHead: boolean): Trend {
  if (headCoversBase && baseCoversHead) return 'same';
  if (headCoversBase) return 'wider';
  if (baseCoversHead) return 'narrower';
  return 'other';
}

/** True when every value of type list `inner` is also of type list `outer` (an empty list is any type). */
function coversTypes(outer: readonly string[], inner: readonly string[]): boolean {
  if (outer.length === 0) return true;
  if (inner.length === 0) return false;
  return inner.every((type) => outer.includes(type) || (type === 'integer' && outer.includes('number')));
}

const WIDER_FORMAT: ReadonlyMap<string, string> = new Map([['int32', 'int64'], ['float', 'double']]);

function formatTrend(base: string | undefined, head: string | undefined): Trend {
  if (base === head) return 'same';
  if (head === undefined || WIDER_FORMAT.get(base ?? '') === head) return 'wider';
  if (base === undefined || WIDER_FORMAT.get(head) === base) return 'narrower';
  return 'other';
}

function compareEnums(base: Schema, head: Schema, emit: Emit): void {
  if (base.enum && head.enum) {
    const baseValues = new Set(base.enum);
    const headValues = new Set(head.enum);
    base.enum.forEach((value, i) => {
      if (!headValues.has(value)) emit('enum-value-removed', value, 'enum', i);
    });
    head.enum.forEach((value, i) => {
      if (!baseValues.has(value)) emit('enum-value-added', value, 'enum', i);
    });
  } else if (head.enum) {
    emit('became-enum', head.enum.join(', '));
  } else if (base.enum) {
    emit('became-not-enum', base.enum.join(', '));
  }
}

/**
 * `x-extensible-enum` (Zalando's guidelines): the values a client may send today; others may come later. A value
 * removed is one clients sending it now have rejected; values added are what the extension is for.
 */
function compareExtensibleEnums(base: Schema, head: Schema, emit: Emit): void {
  if (!base.extensibleEnum || !head.extensibleEnum) return;
  const headValues = new Set(head.extensibleEnum);
  base.extensibleEnum.forEach((value, i) => {
    if (!headValues.has(value)) emit('x-extensible-enum-value-removed', value, 'x-extensible-enum', i);
  });
}

/** The allowed values of a schema with the places they are written (`enum/2`, `oneOf/1/const`), and its types. */
interface Values {
  readonly types: readonly string[];
  readonly values: readonly { readonly value: string; readonly tokens: readonly (string | number)[] }[];
}

/** Both sides as values, when at least one is a `oneOf`/`anyOf` of values and the other is values too. */
function equivalentValues(scope: SchemaScope, base: Schema, head: Schema): readonly [Values, Values] | undefined {
  const baseAlternatives = valueAlternatives(scope.base, base);
  const headAlternatives = valueAlternatives(scope.head, head);
  if (!baseAlternatives && !headAlternatives) return undefined;
  const b = baseAlternatives ?? asValues(base);
  const h = headAlternatives ?? asValues(head);
  return b && h ? [b, h] : undefined;
}

/** A schema that is only an `enum` or a `const`, as values; `undefined` for any other schema. */
function asValues(schema: Schema): Values | undefined {
  if (schema.oneOf.length > 0 || schema.anyOf.length > 0) return undefined;
  if (schema.enum) return { types: schema.types, values: schema.enum.map((value, i) => ({ value, tokens: ['enum', i] })) };
  if (schema.constValue !== undefined) return { types: schema.types, values: [{ value: schema.constValue, tokens: ['const'] }] };
  return undefined;
}

/**
 * A schema with no values of its own whose `oneOf` or `anyOf` members are each only an `enum` or a `const` and
 * nothing else a value could be checked against: the union of their values and types.
 */
function valueAlternatives(document: OpenApiDocument, schema: Schema): Values | undefined {
  if (schema.enum || schema.constValue !== undefined || schema.properties.length > 0 || schema.items !== undefined) return undefined;
  const keyword = schema.oneOf.length > 0 ? 'oneOf' : 'anyOf';
  const members = schema[keyword];
  if (members.length === 0 || (keyword === 'oneOf' && schema.anyOf.length > 0)) return undefined;
  const types = new Set(schema.types);
  const values: Values['values'][number][] = [];
  for (const [i, index] of members.entries()) {
    const member = document.schemas[index];
    const own = member && onlyValues(member) ? asValues(member) : undefined;
    if (!member || !own) return undefined;
    if (schema.types.length === 0) for (const type of member.types) types.add(type);
    for (const entry of own.values) values.push({ value: entry.value, tokens: [keyword, i, ...entry.tokens] });
  }
  return { types: [...types].sort(), values };
}

/** True when a schema constrains nothing but its type and its values (annotations aside). */
function onlyValues(schema: Schema): boolean {
  return (
    schema.properties.length === 0 &&
    schema.items === undefined &&
    schema.prefixItems.length === 0 &&
    schema.pattern === undefined &&
    schema.maximum === undefined &&
    schema.minimum === undefined &&
    schema.maxLength === undefined &&
    schema.minLength === undefined &&
    !schema.isFalse
  );
}

function compareValues(base: Values, head: Values, emit: Emit): void {
  const baseValues = new Set(base.values.map((entry) => entry.value));
  const headValues = new Set(head.values.map((entry) => entry.value));
  for (const entry of base.values) if (!headValues.has(entry.value)) emit('enum-value-removed', entry.value, ...entry.tokens);
  for (const entry of head.values) if (!baseValues.has(entry.value)) emit('enum-value-added', entry.value, ...entry.tokens);
}

function compareOptional(base: string | undefined, head: string | undefined, name: string, emit: Emit): void {
  if (base === head) return;
  if (base === undefined) emit(`${name}-added`, head);
  else if (head === undefined) emit(`${name}-removed`, base);
  else emit(`${name}-changed`, `from ${base} to ${head}`);
}

/** Numeric bounds: `max-decreased`, `exclusive-min-set`; exclusivity counts as a hair inside the value. */
function compareBound(base: Bound | undefined, head: Bound | undefined, side: 'max' | 'min', emit: Emit): void {
  if (base?.value === head?.value && base?.exclusive === head?.exclusive) return;
  const name = `${(head ?? base)?.exclusive ? 'exclusive-' : ''}${side}`;
  const show = (bound: Bound): string => `${bound.exclusive ? (side === 'max' ? '<' : '>') : ''}${bound.value}`;
  if (!base && head) return emit(`${name}-set`, show(head));
  if (base && !head) return emit(`${name}-unset`, show(base));
  if (!base || !head) return;
  const lower = base.value < head.value || (base.value === head.value && base.exclusive === (side === 'max'));
  emit(`${name}-${lower ? 'increased' : 'decreased'}`, `from ${show(base)} to ${show(head)}`);
}

function compareLimit(base: number | undefined, head: number | undefined, name: string, emit: Emit): void {
  if (base === head) return;
  if (base === undefined) emit(`${name}-set`, String(head));
  else if (head === undefined) emit(`${name}-unset`, String(base));
  else emit(`${name}-${head > base ? 'increased' : 'decreased'}`, `from ${base} to ${head}`);
}

function compareMultipleOf(base: number | undefined, head: number | undefined, emit: Emit): void {
  if (base === head) return;
  if (base === undefined) return emit('multiple-of-set', String(head));
  if (head === undefined) return emit('multiple-of-unset', String(base));
  const detail = `from ${base} to ${head}`;
  if (Number.isInteger(base / head)) emit('multiple-of-generalized', detail);
  else if (Number.isInteger(head / base)) emit('multiple-of-specialized', detail);
  else emit('multiple-of-changed', detail);
}

const ANY_PATTERNS = new Set(['.*', '^.*$', '^.*', '.*$', '[\\s\\S]*']);

function comparePattern(base: string | undefined, head: string | undefined, emit: Emit): void {
  if (base === head) return;
  if (base === undefined) emit('pattern-added', head);
  else if (head === undefined || ANY_PATTERNS.has(head)) emit(head === undefined ? 'pattern-removed' : 'pattern-generalized', base);
  else emit('pattern-changed', `from ${base} to ${head}`);
}

function compareDiscriminator(base: Schema, head: Schema, emit: Emit): void {
  const b = base.discriminator;
  const h = head.discriminator;
  if (!b && !h) return;
  if (!b && h) return emit('discriminator-added', h.propertyName);
  if (b && !h) return emit('discriminator-removed', b.propertyName);
  if (!b || !h) return;
  if (b.propertyName !== h.propertyName) emit('discriminator-property-name-changed', `from ${b.propertyName} to ${h.propertyName}`);
  for (const entry of b.mapping) {
    const next = h.mapping.find((candidate) => candidate.value === entry.value);
    if (!next) emit('discriminator-mapping-deleted', entry.value);
    else if (next.target !== entry.target) emit('discriminator-mapping-changed', `${entry.value}: from ${entry.target} to ${next.target}`);
  }
  for (const entry of h.mapping) {
    if (!b.mapping.some((candidate) => candidate.value === entry.value)) emit('discriminator-mapping-added', entry.value);
  }
}

/**
 * `oneOf`/`anyOf` members are matched by content, never by position (see `matchMembers`): reordering members or
 * restating an inline member is not a change, and a member that changed is compared as that member.
 */
function compareMembers(
  scope: SchemaScope,
  base: Schema,
  head: Schema,
  keyword: 'oneOf' | 'anyOf',
  name: string,
  path: string,
  emit: Emit,
): void {
  const baseMembers = base[keyword];
  const headMembers = head[keyword];
  if (baseMembers.length === 0 && headMembers.length === 0) return;
  const match = matchMembers(scope.base, baseMembers, scope.head, headMembers);
  const label = (document: OpenApiDocument, index: number): string => {
    const schema = document.schemas[index];
    return schema?.name ?? `${schema?.types.join('|') || 'any'}{${schema?.properties.map((p) => p.name).join(',') ?? ''}}`;
  };
  baseMembers.forEach((member, i) => {
    const j = match.get(i);
    if (j !== undefined) diffSchemas(scope, member, headMembers[j]!, path);
    else emit(`${name}-removed`, label(scope.base, member), keyword, i);
  });
  const matched = new Set(match.values());
  headMembers.forEach((member, j) => {
    if (!matched.has(j)) emit(`${name}-added`, label(scope.head, member), keyword, j);
  });
}

function comparePrefixItems(scope: SchemaScope, base: Schema, head: Schema, path: string, emit: Emit): void {
  const common = Math.min(base.prefixItems.length, head.prefixItems.length);
  for (let i = 0; i < common; i++) {
    const b = base.prefixItems[i];
    const h = head.prefixItems[i];
    if (b !== undefined && h !== undefined) diffSchemas(scope, b, h, `${path}[${i}]`);
  }
  for (let i = common; i < base.prefixItems.length; i++) emit('prefix-items-removed', `[${i}]`, 'prefixItems', i);
  for (let i = common; i < head.prefixItems.length; i++) emit('prefix-items-added', `[${i}]`, 'prefixItems', i);
}

/**
 * Properties by name. A `readOnly` property is not part of a request and a `writeOnly` one not part of a response,
 * so becoming one of those is reported as such, not as a removal.
 */
function compareProperties(scope: SchemaScope, base: Schema, head: Schema, path: string): void {
  const site = scope.nestedSite;
  const headByName = new Map(head.properties.map((property) => [property.name, property]));
  const baseByName = new Map(base.properties.map((property) => [property.name, property]));
  // A property only one side has is located by the object schema on the other side.
  const emit = (change: string, property: Property, name: string, other: Property | undefined): void =>
    scope.emit({
      site,
      change,
      operation: scope.operation,
      pointer: property.pointer,
      file: property.file,
      base: whereOf(baseByName.get(name) === property ? property : (other ?? base)),
      head: whereOf(headByName.get(name) === property ? property : (other ?? head)),
      subject: `${scope.direction} property \`${join(path, name)}\`${scope.suffix}`,
      detail: undefined,
      property: name,
    });
  const hidden = scope.direction === 'request' ? 'readOnly' : 'writeOnly';
  // Everything at this level is reported before descending, so a finding reached by several paths keeps the
  // shortest one in its message.
  const nested: [number, number, string][] = [];
  const hiddenName = scope.direction === 'request' ? 'read-only' : 'write-only';

  for (const property of base.properties) {
    const b = scope.base.schemas[property.schema];
    const next = headByName.get(property.name);
    const h = next ? scope.head.schemas[next.schema] : undefined;
    const required = base.required.includes(property.name);
    const kind = required ? 'required' : 'optional';
    if (!b) continue;
    if (!next || !h) {
      if (b[hidden]) continue;
      emit(scope.direction === 'request' ? 'property-removed' : `${kind}-property-removed`, property, property.name, undefined);
      continue;
    }
    if (b[hidden] !== h[hidden]) {
      emit(`${kind}-property-became-${h[hidden] ? '' : 'not-'}${hiddenName}`, property, property.name, next);
      continue;
    }
    if (b[hidden]) continue;
    const nowRequired = head.required.includes(property.name);
    if (required !== nowRequired) {
      const withDefault = nowRequired && h.default !== undefined && scope.direction === 'request' ? '-with-default' : '';
      emit(nowRequired ? `became-required${withDefault}` : 'became-optional', property, property.name, next);
    }
    nested.push([property.schema, next.schema, join(path, property.name)]);
  }
  for (const property of head.properties) {
    if (baseByName.has(property.name)) continue;
    const h = scope.head.schemas[property.schema];
    if (!h || h[hidden]) continue;
    const required = head.required.includes(property.name);
    const change =
      scope.direction === 'request'
        ? required
          ? `new-required-property${h.default !== undefined ? '-with-default' : ''}`
          : 'new-optional-property'
        : `${required ? 'required' : 'optional'}-property-added`;
    emit(change, property, property.name, undefined);
  }
  for (const [baseChild, headChild, childPath] of nested) diffSchemas(scope, baseChild, headChild, childPath);
}

/**
 * `additionalProperties`: `false` forbids unknown properties, a schema constrains them, absent or `true` allows
 * anything. Going towards `false` or a schema narrows what the object may hold; schemas on both sides compare
 * like any other (a map whose values change type is a type change).
 */
function compareAdditionalProperties(scope: SchemaScope, base: Schema, head: Schema, path: string, emit: Emit): void {
  const b = base.additionalProperties;
  const h = head.additionalProperties;
  // Schema indices are per description: equal numbers are not the same schema.
  if (typeof b === 'number' && typeof h === 'number') return diffSchemas(scope, b, h, `${path}{}`);
  const allows = (value: typeof b): boolean => value === undefined || value === true;
  if (b === h || (allows(b) && allows(h))) return;
  const describe = (value: typeof b): string => (value === false ? 'none' : value === undefined || value === true ? 'any' : 'a schema');
  const detail = `from ${describe(b)} to ${describe(h)}`;
  if (h === false) emit('additional-properties-disallowed', detail);
  else if (b === false) emit('additional-properties-allowed', detail);
  else if (typeof h === 'number') emit('additional-properties-narrowed', detail);
  else emit('additional-properties-widened', detail);
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function leafOf(path: string): string {
  const name = path.replace(/(\[\d*\]|\{\})+$/, '').split('.').at(-1);
  return name === undefined || name === '' ? path : name;
}

/**
 * A property's `x-stability-level` changed: a value that is no level is reported as such (on the operation, as
 * oasdiff); otherwise the change, when the level the property leaves is within `--stability-level`.
 */
function compareStability(scope: SchemaScope, base: string | undefined, head: string | undefined, emit: (site: Site, change: string, detail: string | undefined) => void): void {
  const baseLevel = stabilityLevelOf(base);
  const headLevel = stabilityLevelOf(head);
  if (baseLevel === undefined || headLevel === undefined) {
    return emit(scope.operation.includes(' webhook:') ? 'webhook' : 'endpoint', 'invalid-stability-level', baseLevel === undefined ? base : head);
  }
  if (baseLevel === headLevel || !meetsStabilityLevel(baseLevel, scope.lifecycle.policy.stabilityLevel)) return;
  emit(scope.nestedSite, meetsStabilityLevel(headLevel, baseLevel) ? 'stability-increased' : 'stability-decreased', `from ${baseLevel} to ${headLevel}`);
}
