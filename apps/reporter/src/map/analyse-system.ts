import { scanUsages } from '@ripple/code-scan';
import type { Diagnostic, SystemMap } from '@ripple/model';
import { indexApiFields } from '@ripple/openapi-diff';
import { CONFIG_FILE } from '../config/load-config.js';
import { servicesOf } from '../config/services-of.js';
import type { ServiceApiField } from '../join/api-fields-for-column.js';
import { readHeadSchema } from '../pipeline/head-schema.js';
import { loadApiDescription } from '../pipeline/load-api-description.js';
import { buildSystemMap } from './build-system-map.js';

export interface AnalyseSystemOptions {
  /** The tree to map; paths in the map are relative to it. */
  readonly root: string;
  /** A live database whose schema the code runs against (read-only), instead of the migrations. */
  readonly databaseUrl?: string;
  /** Follow `$ref`s to http(s) URLs in the API descriptions. */
  readonly allowRemoteRefs?: boolean;
  readonly progress: (message: string) => void;
}

/**
 * All I/O of a `map` run over one tree: the schema (the report's replay, or the database), the code scan of every
 * service and job, the head API descriptions the config names; then the pure fold.
 */
export async function analyseSystem(options: AnalyseSystemOptions): Promise<SystemMap> {
  const { root, progress } = options;
  const head = await readHeadSchema(root, progress, options.databaseUrl);
  const config = head.config;
  const services = await servicesOf(root, config, CONFIG_FILE);
  progress(`scanning ${services.length} services and jobs for column usages`);
  const scan = await scanUsages({ root, schema: head.schema, services, ...(config ? { exclude: [config.migrations.dir], migrationModulesAreData: head.migrationModulesAreData } : {}) });
  const apiDiagnostics: Diagnostic[] = [];
  const apiFields: ServiceApiField[] = [];
  const allowRemoteRefs = options.allowRemoteRefs === true || config?.allowRemoteRefs === true;
  for (const api of config?.openapi ?? []) {
    const document = await loadApiDescription(api.head, { root, allowRemoteRefs }, config?.openapiDetected === true, apiDiagnostics);
    if (document === undefined) continue;
    apiDiagnostics.push(...document.diagnostics);
    apiFields.push(...indexApiFields(document, apiDiagnostics).map((field) => ({ service: api.service, field })));
  }
  return buildSystemMap({
    schema: head.schema,
    services,
    usages: scan.usages,
    apiFields,
    diagnostics: [...head.diagnostics, ...scan.diagnostics, ...apiDiagnostics],
    schemaSource: head.source,
  });
}
