import { routeServes, sameColumn, type ApiEndpoint, type ApiFlow, type ColumnRef, type Consumer } from '@ripple/model';
import { apiFieldsForColumn, type ServiceApiField } from './api-fields-for-column.js';

/** What the join knows of the services' APIs: the spec fields, and the routes and flows code-scan followed. */
export interface ApiInputs {
  readonly apiFields: readonly ServiceApiField[];
  readonly apiFlows?: readonly ApiFlow[];
  readonly endpoints?: readonly ApiEndpoint[];
}

/**
 * The API consumers of a column. First the operations data flow reaches (`ApiFlow`): each is the spec's field when
 * a spec describes the route (method and path template, the path possibly mounted under a prefix, or the same
 * `operationId`; same direction and body path), else the route itself, with the chain of hops as evidence. Then, as a fallback, spec fields named like
 * the column (`apiFieldsForColumn`), marked `confidence: "name-match"`, unless a flow already gave that field or the
 * flow analysis knows what feeds it in a route that serves it (a field computed from something else).
 */
export function apiConsumersOfColumn(column: ColumnRef, inputs: ApiInputs): Consumer[] {
  const consumers: Consumer[] = [];
  const given = new Set<string>();
  for (const flow of inputs.apiFlows ?? []) {
    if (!sameColumn(flow.column, column)) continue;
    const matching = inputs.apiFields.filter((spec) => spec.field.direction === flow.direction && bodyPath(spec.field.path) === flow.path && serves(flow.endpoint, spec));
    const own = matching.filter(({ service }) => service === flow.service);
    const evidence = { direction: flow.direction, field: flow.path, chain: flow.chain };
    for (const { service, field } of own.length > 0 ? own : matching) {
      given.add(`${field.operation}\u0000${field.pointer}`);
      const symbol = flow.field ?? (field.schemaName !== undefined ? `${field.schemaName}.${field.property}` : field.property);
      consumers.push({ kind: 'api', file: field.file, service, operation: field.operation, pointer: field.pointer, symbol, ...evidence });
    }
    if (matching.length === 0) {
      const { location, method, path, symbol } = flow.endpoint;
      consumers.push({ kind: 'api', file: location.file, line: location.line, service: flow.service, operation: `${method} ${path}`, symbol: flow.field ?? symbol, ...evidence });
    }
  }
  for (const spec of apiFieldsForColumn(inputs.apiFields, column)) {
    const { service, field } = spec;
    if (given.has(`${field.operation}\u0000${field.pointer}`)) continue;
    const path = bodyPath(field.path);
    const explained = (inputs.endpoints ?? []).some((endpoint) => serves(endpoint, spec) && endpoint.fields[field.direction].includes(path));
    if (explained) continue;
    const symbol = field.schemaName !== undefined ? `${field.schemaName}.${field.property}` : field.property;
    consumers.push({ kind: 'api', file: field.file, service, operation: field.operation, pointer: field.pointer, symbol, confidence: 'name-match' });
  }
  return consumers;
}

/** Whether a route serves a spec field's operation: by method and path template, or by the same `operationId`. */
function serves(route: Pick<ApiEndpoint, 'method' | 'path' | 'operationId'>, spec: ServiceApiField): boolean {
  return routeServes(route, spec.field.operation) || (route.operationId !== undefined && route.operationId === spec.operationId);
}

/** A spec field's path as code writes it: `[].email` -> `email`, `addresses{}.street` -> `addresses.street`. */
function bodyPath(path: string): string {
  return path
    .replaceAll('[]', '.')
    .replaceAll('{}', '.')
    .split('.')
    .filter((segment) => segment !== '')
    .join('.');
}
