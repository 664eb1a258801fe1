import { compareStrings } from '@ripple/model';
import type { Bound, Property, Schema } from './open-api-document.js';

export type SchemaDraft = { -readonly [K in keyof Schema]: Schema[K] };

/**
 * Folds one complete `allOf` member into the schema being built, so `allOf: [Base, { properties }]` and the same
 * properties written inline compare equal. Where both sides constrain the same keyword the stricter one wins
 * (the conjunction); where a conjunction cannot be written as one keyword (two patterns, two `oneOf` lists) the
 * schema's own keyword is kept. Properties declared on both sides keep the first declaration.
 */
export function mergeSchemas(draft: SchemaDraft, member: Schema): void {
  draft.isFalse ||= member.isFalse;
  draft.types = intersectTypes(draft.types, member.types);
  draft.format ??= member.format;
  draft.enum = draft.enum && member.enum ? draft.enum.filter((value) => member.enum?.includes(value)) : (draft.enum ?? member.enum);
  draft.constValue ??= member.constValue;
  draft.default ??= member.default;
  draft.maximum = stricterBound(draft.maximum, member.maximum, 'max');
  draft.minimum = stricterBound(draft.minimum, member.minimum, 'min');
  draft.multipleOf ??= member.multipleOf;
  draft.maxLength = smaller(draft.maxLength, member.maxLength);
  draft.minLength = larger(draft.minLength, member.minLength);
  draft.pattern ??= member.pattern;
  draft.maxItems = smaller(draft.maxItems, member.maxItems);
  draft.minItems = larger(draft.minItems, member.minItems);
  draft.uniqueItems ||= member.uniqueItems;
  draft.maxProperties = smaller(draft.maxProperties, member.maxProperties);
  draft.minProperties = larger(draft.minProperties, member.minProperties);
  draft.readOnly ||= member.readOnly;
  draft.writeOnly ||= member.writeOnly;
  draft.deprecated ||= member.deprecated;
  draft.sunset ??= member.sunset;
  draft.extensibleEnum ??= member.extensibleEnum;
  draft.stability ??= member.stability;
  draft.properties = mergeProperties(draft.properties, member.properties);
  draft.required = [...new Set([...draft.required, ...member.required])].sort(compareStrings);
  draft.additionalProperties =
    draft.additionalProperties === false || member.additionalProperties === false
      ? false
      : (draft.additionalProperties ?? member.additionalProperties);
  draft.items ??= member.items;
  if (draft.prefixItems.length === 0) draft.prefixItems = member.prefixItems;
  if (draft.oneOf.length === 0) draft.oneOf = member.oneOf;
  if (draft.anyOf.length === 0) draft.anyOf = member.anyOf;
  draft.discriminator ??= member.discriminator;
  draft.contains ??= member.contains;
  draft.minContains = larger(draft.minContains, member.minContains);
  draft.maxContains = smaller(draft.maxContains, member.maxContains);
  if (draft.dependentRequired.length === 0) draft.dependentRequired = member.dependentRequired;
  if (draft.dependentSchemas.length === 0) draft.dependentSchemas = member.dependentSchemas;
  draft.contentEncoding ??= member.contentEncoding;
  draft.contentMediaType ??= member.contentMediaType;
  draft.contentSchema ??= member.contentSchema;
  draft.unevaluatedItems ??= member.unevaluatedItems;
  draft.unevaluatedProperties ??= member.unevaluatedProperties;
  if (draft.patternProperties.length === 0) draft.patternProperties = member.patternProperties;
  draft.propertyNames ??= member.propertyNames;
  draft.if ??= member.if;
  draft.then ??= member.then;
  draft.else ??= member.else;
  draft.not ??= member.not;
}

function intersectTypes(a: readonly string[], b: readonly string[]): readonly string[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const both = a.filter((type) => b.includes(type) || (type === 'integer' && b.includes('number')));
  for (const type of b) if (type === 'integer' && a.includes('number') && !both.includes(type)) both.push(type);
  // An empty intersection (string and integer) validates nothing; keeping our own types is the honest guess.
  return both.length === 0 ? a : both.sort(compareStrings);
}

function stricterBound(a: Bound | undefined, b: Bound | undefined, side: 'max' | 'min'): Bound | undefined {
  if (!a || !b) return a ?? b;
  if (a.value === b.value) return { value: a.value, exclusive: a.exclusive || b.exclusive };
  return (side === 'max') === a.value < b.value ? a : b;
}

function smaller(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

function larger(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

function mergeProperties(own: readonly Property[], added: readonly Property[]): readonly Property[] {
  if (added.length === 0) return own;
  const names = new Set(own.map((property) => property.name));
  const merged = [...own, ...added.filter((property) => !names.has(property.name))];
  return merged.sort((a, b) => compareStrings(a.name, b.name));
}
