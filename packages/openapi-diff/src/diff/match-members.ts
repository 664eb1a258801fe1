import type { OpenApiDocument, Schema } from '../model/open-api-document.js';

/** How deep a member's fingerprint looks: its own keywords, its properties' and their properties'. */
const FINGERPRINT_DEPTH = 3;
/** Above this many unmatched base × head members, similarity is not searched (it is quadratic). */
const MAX_SIMILARITY_PAIRS = 10_000;

/**
 * Matches the `oneOf`/`anyOf` members of a base schema to those of a head schema by content, never by position:
 * 1. the same component (`$ref` target name);
 * 2. the same structural fingerprint (types, format, values, bounds, properties with their own fingerprints);
 * 3. the most similar remaining member of compatible type: shared property names, shared enum values. Two object
 *    members that share no property name, or two enums that share no value, are not the same member.
 * Returns base position → head position for the matched members; the others are removed or added.
 */
export function matchMembers(
  baseDocument: OpenApiDocument,
  baseMembers: readonly number[],
  headDocument: OpenApiDocument,
  headMembers: readonly number[],
): Map<number, number> {
  const match = new Map<number, number>();
  const taken = new Set<number>();
  const pairUp = (i: number, j: number): void => {
    match.set(i, j);
    taken.add(j);
  };
  const baseSchemas = baseMembers.map((index) => baseDocument.schemas[index]);
  const headSchemas = headMembers.map((index) => headDocument.schemas[index]);

  const headByName = new Map<string, number[]>();
  headSchemas.forEach((schema, j) => {
    if (schema?.name !== undefined) headByName.set(schema.name, [...(headByName.get(schema.name) ?? []), j]);
  });
  baseSchemas.forEach((schema, i) => {
    const j = schema?.name === undefined ? undefined : headByName.get(schema.name)?.find((candidate) => !taken.has(candidate));
    if (j !== undefined) pairUp(i, j);
  });

  const baseFingerprints = new Fingerprints(baseDocument);
  const headFingerprints = new Fingerprints(headDocument);
  const headByFingerprint = new Map<string, number[]>();
  headMembers.forEach((index, j) => {
    if (taken.has(j)) return;
    const print = headFingerprints.of(index, FINGERPRINT_DEPTH);
    headByFingerprint.set(print, [...(headByFingerprint.get(print) ?? []), j]);
  });
  baseMembers.forEach((index, i) => {
    if (match.has(i)) return;
    const j = headByFingerprint.get(baseFingerprints.of(index, FINGERPRINT_DEPTH))?.find((candidate) => !taken.has(candidate));
    if (j !== undefined) pairUp(i, j);
  });

  const baseLeft = baseSchemas.flatMap((schema, i) => (schema && !match.has(i) ? [[i, schema] as const] : []));
  const headLeft = headSchemas.flatMap((schema, j) => (schema && !taken.has(j) ? [[j, schema] as const] : []));
  if (baseLeft.length * headLeft.length > MAX_SIMILARITY_PAIRS) return match;
  const candidates: [number, number, number][] = [];
  for (const [i, b] of baseLeft) {
    for (const [j, h] of headLeft) {
      const score = similarity(b, h);
      if (score > 0) candidates.push([score, i, j]);
    }
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j] of candidates) if (!match.has(i) && !taken.has(j)) pairUp(i, j);
  return match;
}

/** 0 when the two members cannot be the same alternative; higher the more they share. */
function similarity(base: Schema, head: Schema): number {
  const sameTypes = base.types.join('|') === head.types.join('|');
  const overlapping = sameTypes || base.types.length === 0 || head.types.length === 0 || base.types.some((type) => head.types.includes(type));
  if (!overlapping) return 0;
  let score = sameTypes ? 2 : 1;
  if (base.properties.length > 0 && head.properties.length > 0) {
    const shared = share(base.properties.map((p) => p.name), head.properties.map((p) => p.name));
    if (shared === 0) return 0;
    score += 4 * shared;
  }
  const baseValues = base.enum ?? (base.constValue === undefined ? undefined : [base.constValue]);
  const headValues = head.enum ?? (head.constValue === undefined ? undefined : [head.constValue]);
  if (baseValues && headValues) {
    const shared = share(baseValues, headValues);
    if (shared === 0) return 0;
    score += 4 * shared;
  }
  if (base.format === head.format) score += 1;
  return score;
}

/** The share of names the two lists have in common (Jaccard index). */
function share(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const common = b.filter((name) => left.has(name)).length;
  return common / (left.size + new Set(b).size - common);
}

/**
 * Structural fingerprints of one description's schemas, to a fixed depth, memoised. Below the top, a component
 * schema is fingerprinted by its name (the name is the identity `$ref` gives it), which also ends cycles.
 */
class Fingerprints {
  readonly #memo = new Map<string, string>();
  constructor(private readonly document: OpenApiDocument) {}

  of(index: number, depth: number): string {
    const key = `${index}:${depth}`;
    let print = this.#memo.get(key);
    if (print === undefined) {
      print = this.#compute(index, depth);
      this.#memo.set(key, print);
    }
    return print;
  }

  #child(index: number | undefined, depth: number): string {
    if (index === undefined) return '';
    const schema = this.document.schemas[index];
    if (schema?.name !== undefined) return `#${schema.name}`;
    return depth <= 0 ? '…' : this.of(index, depth);
  }

  #compute(index: number, depth: number): string {
    const schema = this.document.schemas[index];
    if (!schema) return '';
    const next = depth - 1;
    const members = (indices: readonly number[]): string => indices.map((member) => this.#child(member, next)).sort().join(',');
    return JSON.stringify([
      schema.isFalse,
      schema.types,
      schema.nullable,
      schema.format,
      schema.enum === undefined ? undefined : [...schema.enum].sort(),
      schema.constValue,
      schema.default,
      schema.maximum,
      schema.minimum,
      schema.multipleOf,
      schema.maxLength,
      schema.minLength,
      schema.pattern,
      schema.maxItems,
      schema.minItems,
      schema.uniqueItems,
      schema.maxProperties,
      schema.minProperties,
      schema.readOnly,
      schema.writeOnly,
      schema.deprecated,
      schema.properties.map((property) => `${property.name}:${this.#child(property.schema, next)}`),
      schema.required,
      typeof schema.additionalProperties === 'number' ? this.#child(schema.additionalProperties, next) : schema.additionalProperties,
      this.#child(schema.items, next),
      schema.prefixItems.map((item) => this.#child(item, next)),
      members(schema.oneOf),
      members(schema.anyOf),
      schema.discriminator,
      this.#child(schema.contains, next),
      schema.minContains,
      schema.maxContains,
      schema.dependentRequired,
      schema.dependentSchemas.map((entry) => `${entry.name}:${this.#child(entry.schema, next)}`),
      schema.contentEncoding,
      schema.contentMediaType,
      this.#child(schema.contentSchema, next),
      typeof schema.unevaluatedItems === 'number' ? this.#child(schema.unevaluatedItems, next) : schema.unevaluatedItems,
      typeof schema.unevaluatedProperties === 'number' ? this.#child(schema.unevaluatedProperties, next) : schema.unevaluatedProperties,
      schema.patternProperties.map((entry) => `${entry.pattern}:${this.#child(entry.schema, next)}`),
      this.#child(schema.propertyNames, next),
      this.#child(schema.if, next),
      this.#child(schema.then, next),
      this.#child(schema.else, next),
      this.#child(schema.not, next),
    ]);
  }
}
