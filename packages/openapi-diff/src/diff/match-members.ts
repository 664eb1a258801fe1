import type { OpenApiDocument, Schema } from '../model/open-api-document.js';
import { FINGERPRINT_DEPTH, Fingerprints } from './schema-fingerprints.js';

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
