import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareLocations, compareStrings, formatColumnRef, type Access, type ColumnRef, type Usage } from '@ripple/model';
import type { ServiceSpec } from '../services/discover-services.js';
import { camelCase, pascalCase } from '../adapters/naming/camel-case.js';
import { CODE_EXTENSIONS, listServiceFiles } from '../services/list-service-files.js';
import type { EnumLabelQuery, EnumLabelSite } from './enum-label-sites.js';
import { decodeSourceText } from '../services/read-source-text.js';

/** A column whose enum type (PostgreSQL's name: `poll_status`) loses labels. */
export interface EnumLabelColumn {
  readonly column: ColumnRef;
  readonly type: string;
  /** The base's labels, the removed ones among them. */
  readonly labels: readonly string[];
  readonly removed: readonly string[];
}

export interface EnumLabelOptions {
  readonly root: string;
  readonly services: readonly ServiceSpec[];
  /** Files and folders that are not consumers (the migrations folder), as for `scanUsages`. */
  readonly exclude?: readonly string[];
  /** As for `scanUsages`: the code modules of migrations folders are data migrations, consumers. */
  readonly migrationModulesAreData?: boolean;
  readonly columns: readonly EnumLabelColumn[];
}

const ACCESS: Record<EnumLabelSite['how'], Access> = { member: 'read', compared: 'filter', assigned: 'write', listed: 'read' };

/**
 * Every place the services' TypeScript and JavaScript name a label an enum column loses (`enumLabelSitesOf`),
 * whether or not a flow ties the place to the column: usages of adapter `enum-label`, `name-match` confidence, whose
 * symbol is the label (`SpaceMemberRole.OWNER`). Each file is read once, and parsed only when it spells a removed label
 * (case aside: `PollStatus.LIVE` of a project's enum that mirrors the database's, `enumMirrorsOf`, spells `live`).
 */
export async function findEnumLabelUsages(options: EnumLabelOptions): Promise<readonly Usage[]> {
  if (options.columns.length === 0) return [];
  // Loaded here, not with the package: it loads the TypeScript parser, which a warm scan never needs.
  const { enumLabelSitesOf, enumMirrorsOf } = await import('./enum-label-sites.js');
  const listings = await listServiceFiles(options.root, options.services, CODE_EXTENSIONS, options.exclude ?? [], options.migrationModulesAreData === true);
  // The files that spell a removed label (case aside), kept for the two passes; the others name none.
  const spelled = options.columns.flatMap((entry) => entry.removed.map((label) => label.toLowerCase()));
  const sources: { readonly service: ServiceSpec; readonly file: string; readonly text: string }[] = [];
  for (const service of options.services) {
    for (const file of listings.get(service.dir)?.code ?? []) {
      if (file.endsWith('.d.ts')) continue;
      const text = decodeSourceText(await readFile(join(options.root, file)));
      const lower = text.toLowerCase();
      if (spelled.some((label) => lower.includes(label))) sources.push({ service, file, text });
    }
  }
  // The project's enums that mirror each database enum, from any service: their members name the labels too.
  const queries = options.columns.map((entry) => {
    const query = labelQuery(entry);
    const mirrors = new Map(sources.flatMap(({ file, text }) => enumMirrorsOf(file, text, query)).map((mirror) => [mirror.name, mirror.members] as const));
    return { column: entry.column, query: mirrors.size > 0 ? { ...query, mirrors } : query };
  });
  const usages: Usage[] = [];
  for (const { service, file, text } of sources) {
    for (const { column, query } of queries) {
      for (const site of enumLabelSitesOf(file, text, query)) {
        usages.push({
          kind: 'usage',
          column,
          service: service.name,
          serviceKind: service.kind,
          location: { file, line: site.line },
          access: ACCESS[site.how],
          adapter: 'enum-label',
          symbol: `${query.typeNames.at(-1)!}.${site.label}`,
          confidence: 'name-match',
        });
      }
    }
  }
  return usages.sort((a, b) => compareLocations(a.location, b.location) || compareStrings(formatColumnRef(a.column), formatColumnRef(b.column)));
}

/** The names code gives the enum's object (`poll_status`, `PollStatus`: Prisma's name of a mapped enum) and the column's value (`assetClass`). */
function labelQuery(entry: EnumLabelColumn): EnumLabelQuery {
  return {
    typeNames: [...new Set([entry.type, pascalCase(entry.type)])],
    columnNames: [...new Set([entry.column.column, camelCase(entry.column.column)])],
    labels: entry.labels,
    removed: entry.removed,
  };
}
