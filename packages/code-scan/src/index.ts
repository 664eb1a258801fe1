export { discoverServices, SKIPPED_DIRS, type DiscoverOptions, type ServiceSpec } from './services/discover-services.js';
export { scanUsages, type ScanOptions, type ScanResult } from './scan/scan-usages.js';
export { findColumnUsages } from './scan/find-column-usages.js';
export type { OrmAdapter, Settings } from './adapters/orm-adapter.js';
export { configuredServices, type ServiceEntry } from './services/configured-services.js';
export { isTestFile } from './services/is-test-file.js';
export { findGeneratedModels, generatedModelSites, type GeneratedModel, type SchemaField } from './clients/openapi-generator-models.js';
export { findEnumLabelUsages, type EnumLabelColumn, type EnumLabelOptions } from './enums/find-enum-label-usages.js';
export type { EnumLabelQuery } from './enums/enum-label-sites.js';
