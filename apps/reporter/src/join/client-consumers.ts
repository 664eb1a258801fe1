import type { SchemaField } from '@ripple/code-scan';
import { nameKey, type ChainHop, type ClientSite, type Consumer, type ImpactedChange } from '@ripple/model';
import { compareConsumers } from './sort-impact-report.js';

/** The in-repo API clients of the base and head trees (code-scan's `clientSites`). */
export interface ClientInputs {
  readonly clientSites?: readonly ClientSite[];
  /** The head tree's; without it the base tree's are the head's too (one tree). */
  readonly headClientSites?: readonly ClientSite[];
}

/**
 * Joins each column change with its `client` consumers: the fields of generated API clients whose schema field an api consumer
 * of the change is (`MemberDto.email` of an orval model, openapi-typescript's `components['schemas']['MemberDto']`),
 * and the code that reads or writes that field through the client's type (the React component rendering it). The
 * schema is matched case- and separator-insensitively (generators re-case names), the property exactly or as its
 * camelCase. A contract the change keeps (`preserved`: a rename hidden behind a mapping) has no client consumers.
 * For a dropped or renamed column a site the head tree still has is `forgotten`, one only the base tree had is
 * `handled`. One consumer per site: the first api consumer (in report order) that reaches it names the operation,
 * and its chain is the api consumer's with the client's hop at the end. Pure; linear in api consumers times the
 * sites of their schema.
 */
export function clientConsumersJoin(inputs: ClientInputs): (change: ImpactedChange) => ImpactedChange {
  const base = inputs.clientSites ?? [];
  if (base.length === 0 && (inputs.headClientSites ?? []).length === 0) return (change) => change;
  // Indexed once for the report, not per change.
  const baseIndex = indexSites(base);
  const headIndex = inputs.headClientSites === undefined ? baseIndex : indexSites(inputs.headClientSites);
  const twoTrees = inputs.headClientSites !== undefined;
  return (change) => {
    const tracked = change.kind === 'column-dropped' || change.kind === 'column-renamed';
    const seen = new Set<string>();
    const clients: Consumer[] = [];
    for (const api of change.consumers.filter((consumer) => consumer.kind === 'api').sort(compareConsumers)) {
      if (api.contract?.status === 'preserved') continue;
      const field = schemaFieldOf(api);
      if (!field) continue;
      const inHead = sitesFor(headIndex, field);
      const headPlaces = new Set(inHead.map(placeKey));
      const found = [
        ...inHead.map((site) => [site, tracked ? ('forgotten' as const) : undefined] as const),
        ...(tracked && twoTrees ? sitesFor(baseIndex, field).filter((site) => !headPlaces.has(placeKey(site))).map((site) => [site, 'handled' as const] as const) : []),
      ];
      for (const [site, status] of found) {
        const key = `${site.location.file}\u0000${site.location.line}\u0000${site.access}`;
        if (seen.has(key)) continue;
        seen.add(key);
        clients.push(clientConsumer(site, api, status));
      }
    }
    return clients.length === 0 ? change : { ...change, consumers: [...change.consumers, ...clients] };
  };
}

/** The schema field an api consumer is: `MemberDto.email` (its symbol: the spec's schema and property, or the DTO's). */
function schemaFieldOf(api: Consumer): SchemaField | undefined {
  const symbol = api.symbol ?? '';
  const dot = symbol.lastIndexOf('.');
  if (dot <= 0 || dot === symbol.length - 1) return undefined;
  return { schema: symbol.slice(0, dot), property: symbol.slice(dot + 1) };
}

/** Sites by schema name key, then by property as written. */
function indexSites(sites: readonly ClientSite[]): ReadonlyMap<string, ReadonlyMap<string, readonly ClientSite[]>> {
  const index = new Map<string, Map<string, ClientSite[]>>();
  for (const site of sites) {
    const key = nameKey(site.schema);
    const bySchema = index.get(key) ?? index.set(key, new Map()).get(key)!;
    const leaf = site.property.split('.').at(-1)!;
    const sites = bySchema.get(leaf);
    if (sites) sites.push(site);
    else bySchema.set(leaf, [site]);
  }
  return index;
}

function sitesFor(index: ReturnType<typeof indexSites>, field: SchemaField): readonly ClientSite[] {
  const bySchema = index.get(nameKey(field.schema));
  if (!bySchema) return [];
  const camel = field.property.replace(/[_-]+([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  return [...new Set([...(bySchema.get(field.property) ?? []), ...(camel === field.property ? [] : (bySchema.get(camel) ?? []))])];
}

/** The same place across trees, whose line numbers may differ: file, access, symbol, schema and property. */
function placeKey(site: ClientSite): string {
  return [site.location.file, site.access, site.symbol ?? '', nameKey(site.schema), site.property].join('\u0000');
}

function clientConsumer(site: ClientSite, api: Consumer, status: Consumer['status']): Consumer {
  const field = `${site.schema}.${site.property}`;
  const hop: ChainHop = {
    file: site.location.file,
    line: site.location.line,
    ...(site.location.column === undefined ? {} : { column: site.location.column }),
    step: site.access === 'definition' ? `${field} in the generated client` : `${site.access} ${field}`,
  };
  return {
    kind: 'client',
    file: site.location.file,
    line: site.location.line,
    service: site.service,
    symbol: site.symbol ?? field,
    access: site.access,
    ...(api.operation === undefined ? {} : { operation: api.operation }),
    ...(api.direction === undefined ? {} : { direction: api.direction }),
    field,
    chain: [...(api.chain ?? []), hop],
    ...(status === undefined ? {} : { status }),
    ...(api.confidence === undefined ? {} : { confidence: api.confidence }),
    ...(api.contract === undefined ? {} : { contract: api.contract }),
  };
}
