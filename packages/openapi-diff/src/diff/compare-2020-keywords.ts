import type { Schema } from '../model/open-api-document.js';
import { diffSchemas, type Emit, type SchemaScope } from './diff-schemas.js';

/**
 * The JSON Schema 2020-12 keywords OpenAPI 3.1 brings, with oasdiff's change names: `contains` and its bounds,
 * `dependentRequired`, `dependentSchemas`, `contentEncoding`/`contentMediaType`/`contentSchema`,
 * `unevaluatedItems`/`unevaluatedProperties`, `patternProperties`, `propertyNames`, `if`/`then`/`else`.
 * Schemas under `contains`, `unevaluated*` and `patternProperties` present on both sides are compared like items
 * and map values; those under `if`/`then`/`else` and `dependentSchemas` (by name) constrain the object itself, so
 * their properties are compared as its properties (as oasdiff does); `propertyNames` and `contentSchema` are compared
 * by presence only.
 */
export function compare2020Keywords(scope: SchemaScope, base: Schema, head: Schema, path: string, emit: Emit): void {
  comparePresence(base.contains, head.contains, 'contains', 'contains', emit);
  if (base.contains !== undefined && head.contains !== undefined) diffSchemas(scope, base.contains, head.contains, `${path}[]`);
  compareCount(base.minContains, head.minContains, 'min-contains', emit);
  compareCount(base.maxContains, head.maxContains, 'max-contains', emit);

  const headRequired = new Map(head.dependentRequired.map((entry) => [entry.name, entry.required]));
  const baseRequired = new Map(base.dependentRequired.map((entry) => [entry.name, entry.required]));
  for (const { name, required } of base.dependentRequired) {
    const next = headRequired.get(name);
    if (!next) emit('dependent-required-removed', name, 'dependentRequired', name);
    else if (next.join(',') !== required.join(',')) {
      emit('dependent-required-changed', `${name}: from [${required.join(', ')}] to [${next.join(', ')}]`, 'dependentRequired', name);
    }
  }
  for (const { name } of head.dependentRequired) if (!baseRequired.has(name)) emit('dependent-required-added', name, 'dependentRequired', name);

  const baseDependent = new Set(base.dependentSchemas.map((entry) => entry.name));
  const headDependentSchemas = new Map(head.dependentSchemas.map((entry) => [entry.name, entry.schema]));
  for (const { name, schema } of base.dependentSchemas) {
    const next = headDependentSchemas.get(name);
    if (next === undefined) emit('dependent-schema-removed', name, 'dependentSchemas', name);
    else diffSchemas(scope, schema, next, path);
  }
  for (const { name } of head.dependentSchemas) if (!baseDependent.has(name)) emit('dependent-schema-added', name, 'dependentSchemas', name);

  if (base.contentEncoding !== head.contentEncoding) {
    emit('content-encoding-changed', `from ${base.contentEncoding ?? 'none'} to ${head.contentEncoding ?? 'none'}`);
  }
  if (base.contentMediaType !== head.contentMediaType) {
    emit('content-media-type-changed', `from ${base.contentMediaType ?? 'none'} to ${head.contentMediaType ?? 'none'}`);
  }
  comparePresence(base.contentSchema, head.contentSchema, 'contentSchema', 'content-schema', emit);

  comparePresence(base.unevaluatedItems, head.unevaluatedItems, 'unevaluatedItems', 'unevaluated-items', emit);
  if (typeof base.unevaluatedItems === 'number' && typeof head.unevaluatedItems === 'number') {
    diffSchemas(scope, base.unevaluatedItems, head.unevaluatedItems, `${path}[]`);
  }
  comparePresence(base.unevaluatedProperties, head.unevaluatedProperties, 'unevaluatedProperties', 'unevaluated-properties', emit);
  if (typeof base.unevaluatedProperties === 'number' && typeof head.unevaluatedProperties === 'number') {
    diffSchemas(scope, base.unevaluatedProperties, head.unevaluatedProperties, `${path}{}`);
  }

  const headPatterns = new Map(head.patternProperties.map((entry) => [entry.pattern, entry.schema]));
  const basePatterns = new Set(base.patternProperties.map((entry) => entry.pattern));
  for (const { pattern, schema } of base.patternProperties) {
    const next = headPatterns.get(pattern);
    if (next === undefined) emit('pattern-property-removed', pattern, 'patternProperties', pattern);
    else diffSchemas(scope, schema, next, `${path}{}`);
  }
  for (const { pattern } of head.patternProperties) if (!basePatterns.has(pattern)) emit('pattern-property-added', pattern, 'patternProperties', pattern);

  comparePresence(base.propertyNames, head.propertyNames, 'propertyNames', 'property-names', emit);
  for (const keyword of ['if', 'then', 'else'] as const) {
    comparePresence(base[keyword], head[keyword], keyword, keyword, emit);
    const [from, to] = [base[keyword], head[keyword]];
    if (from !== undefined && to !== undefined) diffSchemas(scope, from, to, path);
  }
  // As oasdiff does, what changes inside `not` is reported as the object's own change, with the same meaning.
  if (base.not !== undefined && head.not !== undefined) diffSchemas(scope, base.not, head.not, path);
}

function comparePresence(base: unknown, head: unknown, keyword: string, name: string, emit: Emit): void {
  if (base === undefined && head !== undefined) emit(`${name}-added`, undefined, keyword);
  else if (base !== undefined && head === undefined) emit(`${name}-removed`, undefined, keyword);
}

/** `minContains`/`maxContains`: an absent bound is the keyword's default (1 for `minContains`, none for `maxContains`). */
function compareCount(base: number | undefined, head: number | undefined, name: 'min-contains' | 'max-contains', emit: Emit): void {
  const fallback = name === 'min-contains' ? 1 : Number.POSITIVE_INFINITY;
  const from = base ?? fallback;
  const to = head ?? fallback;
  if (from === to) return;
  const show = (value: number): string => (Number.isFinite(value) ? String(value) : 'none');
  emit(`${name}-${to > from ? 'increased' : 'decreased'}`, `from ${show(from)} to ${show(to)}`);
}
