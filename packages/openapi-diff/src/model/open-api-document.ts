import type { Diagnostic } from '@ripple/model';

/**
 * The normalised model of one OpenAPI description: what `loadOpenApi` returns and `diffOpenApi` compares.
 * Swagger 2.0, OpenAPI 3.0 and 3.1 all fold into this one shape, so the rules never see a version.
 * It is plain data (no cycles, no classes): schemas live in one table and refer to each other by index, which is
 * how circular schemas stay representable and the whole document stays JSON-serialisable.
 */
export interface OpenApiDocument {
  /** The spec file, relative to the root it was loaded from, `/`-separated. */
  readonly file: string;
  readonly version: '2.0' | '3.0' | '3.1';
  /** Every operation under `paths`, sorted by path then method. */
  readonly operations: readonly Operation[];
  /** 3.1 `webhooks`, sorted by name then method; `path` holds the webhook name. */
  readonly webhooks: readonly Operation[];
  /** Top-level `security`, or `undefined` when the document has none. */
  readonly security: readonly SecurityRequirement[] | undefined;
  /** `components.securitySchemes` (or 2.0 `securityDefinitions`), sorted by name. */
  readonly securitySchemes: readonly SecurityScheme[];
  /** Names of `components.schemas` (2.0 `definitions`) with the schema they resolve to. Sorted by name. */
  readonly componentSchemas: readonly { readonly name: string; readonly schema: number; readonly pointer: string }[];
  /** The schema table; `Schema.index` is the position in it. */
  readonly schemas: readonly Schema[];
  /**
   * What loading found wrong but could work around, sorted by pointer: each violation of the OpenAPI schema
   * (the description is diffed as written, as oasdiff does), or validation skipped for a too deeply nested
   * document.
   */
  readonly diagnostics: readonly Diagnostic[];
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export interface Operation {
  /** `GET /customers/{id}`, the operation string of every finding about it. */
  readonly key: string;
  readonly method: HttpMethod;
  /** The path template as written, or the webhook name. */
  readonly path: string;
  /** The path with parameter names blanked (`/customers/{}`), so renaming `{id}` to `{customerId}` matches. */
  readonly match: string;
  readonly pointer: string;
  readonly file: string;
  readonly operationId: string | undefined;
  readonly deprecated: boolean;
  /** `x-sunset` as written (an RFC 3339 date), when present. */
  readonly sunset: string | undefined;
  /** `x-stability-level` as written (a value that is no string as JSON), when present: draft, alpha, beta, stable. */
  readonly stability: string | undefined;
  readonly tags: readonly string[];
  /** Path-level and operation-level parameters merged (operation wins), sorted by `in` then name. */
  readonly parameters: readonly Parameter[];
  readonly requestBody: RequestBody | undefined;
  /** Sorted by status. */
  readonly responses: readonly Response[];
  /** The effective requirement: the operation's own `security`, else the document's; `undefined` when neither. */
  readonly security: readonly SecurityRequirement[] | undefined;
  /** True when the operation declares its own `security` (not inherited). */
  readonly ownSecurity: boolean;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface Parameter {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly sunset: string | undefined;
  /** Style with the version default filled in (`simple` for path/header, `form` for query/cookie). */
  readonly style: string;
  readonly explode: boolean;
  readonly schema: number | undefined;
  readonly pointer: string;
  readonly file: string;
}

export interface RequestBody {
  readonly required: boolean;
  readonly content: readonly MediaType[];
  readonly pointer: string;
  readonly file: string;
}

export interface Response {
  /** `200`, `4XX`, `default`. */
  readonly status: string;
  readonly headers: readonly Header[];
  readonly content: readonly MediaType[];
  readonly pointer: string;
  readonly file: string;
}

export interface Header {
  /** Lower-cased: header names are case-insensitive. */
  readonly name: string;
  readonly required: boolean;
  readonly schema: number | undefined;
  readonly pointer: string;
  readonly file: string;
}

export interface MediaType {
  /** `application/json`, lower-cased. */
  readonly type: string;
  readonly schema: number | undefined;
  readonly pointer: string;
  readonly file: string;
}

/** One alternative of a security requirement: scheme name to scopes, sorted by scheme. */
export interface SecurityRequirement {
  readonly schemes: readonly { readonly name: string; readonly scopes: readonly string[] }[];
}

export interface SecurityScheme {
  readonly name: string;
  readonly type: string;
  readonly pointer: string;
  readonly file: string;
  /** OAuth2 flows by name (`authorizationCode`, ...), sorted. */
  readonly flows: readonly {
    readonly name: string;
    readonly authorizationUrl: string | undefined;
    readonly tokenUrl: string | undefined;
    readonly scopes: readonly string[];
  }[];
}

/** An inclusive or exclusive numeric bound. */
export interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
}

/**
 * One normalised schema. `allOf` is folded in where that is safe, 3.0 `nullable` and 3.1 `type: [x, 'null']`
 * both become `nullable`, 3.1 `const` stays `constValue`, 2.0 `x-nullable` becomes `nullable`.
 */
export interface Schema {
  readonly index: number;
  readonly file: string;
  /** Where the schema is written (after following `$ref`s). */
  readonly pointer: string;
  /** The component schema name when this is `#/components/schemas/<name>` (or `#/definitions/<name>`). */
  readonly name: string | undefined;
  /** `false` schema (3.1) or `not: {}`: nothing validates. */
  readonly isFalse: boolean;
  /** Sorted type names without `null`; empty means any type. */
  readonly types: readonly string[];
  readonly nullable: boolean;
  readonly format: string | undefined;
  /** Enum values as canonical JSON text, in written order (so `/enum/<i>` points at a value). */
  readonly enum: readonly string[] | undefined;
  /** `x-extensible-enum` values (the values known today; clients must accept others), as canonical JSON text. */
  readonly extensibleEnum: readonly string[] | undefined;
  readonly constValue: string | undefined;
  readonly default: string | undefined;
  readonly maximum: Bound | undefined;
  readonly minimum: Bound | undefined;
  readonly multipleOf: number | undefined;
  readonly maxLength: number | undefined;
  readonly minLength: number | undefined;
  readonly pattern: string | undefined;
  readonly maxItems: number | undefined;
  readonly minItems: number | undefined;
  readonly uniqueItems: boolean;
  readonly maxProperties: number | undefined;
  readonly minProperties: number | undefined;
  readonly readOnly: boolean;
  readonly writeOnly: boolean;
  readonly deprecated: boolean;
  /** `x-sunset` as written, when it is a string. */
  readonly sunset: string | undefined;
  /** `x-stability-level` as written (a value that is no string as JSON), when present. */
  readonly stability: string | undefined;
  /** Sorted by name. */
  readonly properties: readonly Property[];
  readonly required: readonly string[];
  /** `undefined` means allowed (the JSON Schema default); a number is the schema index. */
  readonly additionalProperties: boolean | number | undefined;
  readonly items: number | undefined;
  readonly prefixItems: readonly number[];
  readonly oneOf: readonly number[];
  readonly anyOf: readonly number[];
  readonly discriminator:
    | { readonly propertyName: string; readonly mapping: readonly { readonly value: string; readonly target: string }[] }
    | undefined;
  // JSON Schema 2020-12 keywords (OpenAPI 3.1); a schema-valued one is a schema index.
  readonly contains: number | undefined;
  readonly minContains: number | undefined;
  readonly maxContains: number | undefined;
  /** Sorted by property name; each list of required names sorted. */
  readonly dependentRequired: readonly { readonly name: string; readonly required: readonly string[] }[];
  /** Sorted by property name. */
  readonly dependentSchemas: readonly { readonly name: string; readonly schema: number }[];
  readonly contentEncoding: string | undefined;
  readonly contentMediaType: string | undefined;
  readonly contentSchema: number | undefined;
  readonly unevaluatedItems: boolean | number | undefined;
  readonly unevaluatedProperties: boolean | number | undefined;
  /** Sorted by pattern. */
  readonly patternProperties: readonly { readonly pattern: string; readonly schema: number }[];
  readonly propertyNames: number | undefined;
  readonly if: number | undefined;
  readonly then: number | undefined;
  readonly else: number | undefined;
  /** A `not` schema other than `not: {}` (which is `isFalse`). */
  readonly not: number | undefined;
}

export interface Property {
  readonly name: string;
  /** Where the property is declared: `/components/schemas/Customer/properties/email`. */
  readonly pointer: string;
  readonly file: string;
  /** The component schema the property is declared in, when it is one. */
  readonly schemaName: string | undefined;
  readonly schema: number;
}
