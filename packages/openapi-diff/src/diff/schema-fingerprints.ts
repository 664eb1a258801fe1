import type { OpenApiDocument, Schema } from '../model/open-api-document.js';

/** How deep a fingerprint looks: a schema's own keywords, its properties' and their properties'. */
export const FINGERPRINT_DEPTH = 3;

/**
 * Structural fingerprints of one description's schemas, to a fixed depth, memoised. Below the top, a component
 * schema is fingerprinted by its name (the name is the identity `$ref` gives it), which also ends cycles.
 */
export class Fingerprints {
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

  /**
   * What a value is checked against, apart from its type, nullability and annotations (`default`): the same text
   * for two schemas that accept the same values once their types agree. Not memoised (it is asked rarely).
   */
  ofValueConstraints(index: number, depth: number): string {
    const schema = this.document.schemas[index];
    return schema ? this.#describe({ ...schema, types: [], nullable: false, default: undefined }, depth) : '';
  }

  #compute(index: number, depth: number): string {
    const schema = this.document.schemas[index];
    return schema ? this.#describe(schema, depth) : '';
  }

  #describe(schema: Schema, depth: number): string {
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
