export { diffOpenApi } from './diff/diff-open-api.js';
export type { DiffOptions } from './diff/diff-open-api.js';
export type { ApiField } from './fields/index-api-fields.js';
export { indexApiFields } from './fields/index-api-fields.js';
export type { IgnoreEntry } from './ignore/apply-ignore-file.js';
export { applyIgnoreEntries, applyIgnoreFile, parseIgnoreFile } from './ignore/apply-ignore-file.js';
export type { SeverityLevel, SeverityLevels } from './levels/severity-levels.js';
export { parseSeverityLevels, readSeverityLevels } from './levels/severity-levels.js';
export { loadOpenApi } from './load/load-open-api.js';
export type { LoadOptions } from './load/load-open-api.js';
export type {
  Bound,
  Header,
  HttpMethod,
  MediaType,
  OpenApiDocument,
  Operation,
  Parameter,
  ParameterLocation,
  Property,
  RequestBody,
  Response,
  Schema,
  SecurityRequirement,
  SecurityScheme,
} from './model/open-api-document.js';
export { STABILITY_LEVELS } from './model/stability-level.js';
export type { StabilityLevel } from './model/stability-level.js';
export { RULES, ruleFor } from './rules/registry.js';
export { renderRuleDocs } from './rules/render-rule-docs.js';
export type { Rule } from './rules/rule.js';
