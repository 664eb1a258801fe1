import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { compareLocations, compareStrings, formatColumnRef, type ApiEndpoint, type ApiFlow, type ClientSite, type Diagnostic, type Location, type SchemaSnapshot, type Usage } from '@ripple/model';
import type { OrmAdapter } from '../adapters/orm-adapter.js';
import { defaultCacheDir, factsKey, openFactsCache, readServiceResults, resultKey, writeServiceResult, type FactsCache, type ServiceResult } from '../cache/facts-cache.js';
import { localTypeKey, type ClassFact, type Fact, type FileFacts, type ModelFact, type ShapeFact, type TypeExpr } from '../facts/file-facts.js';
import { readSourceText } from '../services/read-source-text.js';
import { findPrismaSchema, prismaClientFolders, schemasGeneratingInto } from '../services/find-prisma-schema.js';
import { findTsconfig } from '../check/find-tsconfig.js';
import type { ProjectCache } from '../check/type-check-service.js';
import { findUnresolvedImports } from '../resolve/resolve-imports.js';
import { declaredFields, followArguments, type Binding, type DeclaredType } from '../resolve/follow-arguments.js';
import { exportedFunctions, packageParameters as packageParametersOf, type ExportedFunctions } from '../resolve/package-parameters.js';
import { followFlows } from '../resolve/follow-flows.js';
import { followIntoParameters } from '../resolve/follow-into-parameters.js';
import { resolveUsages } from '../resolve/resolve-usages.js';
import { importedFacts, packageOfSpecifier, packagesByName, type ImportedFacts, type WorkspacePackage } from '../resolve/workspace-imports.js';
import { readPathAliases } from '../services/workspace-aliases.js';
import { indexSchema } from '../resolve/schema-index.js';
import { discoverServices, type ServiceSpec } from '../services/discover-services.js';
import { CODE_EXTENSIONS, listServiceFiles, type ServiceFiles } from '../services/list-service-files.js';
import type { SourceText } from './extract-in-threads.js';

export interface ScanOptions {
  readonly root: string;
  /** The base schema: resolves unqualified columns, the default schema `public`, and `SELECT *`. */
  readonly schema: SchemaSnapshot;
  /** The services to scan; discovered with `discoverServices(root)` when absent. */
  readonly services?: readonly ServiceSpec[];
  /** Where file facts are cached by content hash; `false` for no cache. Default `~/.cache/ripple/code-scan`. */
  readonly cacheDir?: string | false;
  /**
   * Also run TypeScript's type checker on each service (one Program from its tsconfig.json or the nearest one above it)
   * and report its errors as `code/type-error` diagnostics. Adds about one `tsc --noEmit`; cached like the scan's
   * result. Default false.
   */
  readonly typeCheck?: boolean;
  /**
   * Threads that read missed files into facts, this one included; 1 never starts a worker, an explicit count above 1
   * starts workers for any miss of two files or more. Default: one worker per core the load average leaves idle,
   * when the missed files are over 512 KB (a worker's start loads TypeScript again).
   */
  readonly threads?: number;
  /**
   * Files and folders (relative to the root) that are not consumers: the migrations folder, whose DML is the
   * migration's own. Their files are not scanned.
   */
  readonly exclude?: readonly string[];
  /**
   * The schema's own migrations are SQL (Prisma, drizzle-kit, goose...): the code modules of other migrations folders
   * are then the application's data migrations, run on the current schema, and scanned as consumers. Default false:
   * every migrations folder's files but its tests are left out.
   */
  readonly migrationModulesAreData?: boolean;
}

export interface ScanResult {
  readonly usages: readonly Usage[];
  readonly diagnostics: readonly Diagnostic[];
  /** The routes the services' code declares (NestJS controllers, Express-style route calls), sorted. */
  readonly endpoints: readonly ApiEndpoint[];
  /** Columns followed by data flow into those routes' request and response bodies, sorted. */
  readonly apiFlows: readonly ApiFlow[];
  /** Fields of in-repo API clients (types an OpenAPI generator wrote) and the code that reads or writes them, sorted. */
  readonly clientSites: readonly ClientSite[];
  /**
   * Where code reads a property of a model (the ORM's own model, not a type named like it) that the model neither
   * declares nor maps to a column, sorted: in a tree whose model lost a field, the readers the change did not edit.
   */
  readonly missingMembers: readonly Location[];
}

/** The parts of the scan that load the TypeScript parser, the adapters and PostgreSQL's parser: loaded on a miss. */
interface Scanner {
  readonly adapters: readonly OrmAdapter[];
  readonly extensions: readonly string[];
  extract(sources: readonly SourceText[], threads: number): Promise<readonly FileFacts[]>;
}

/** A service's files, read and hashed before any result or fact is looked up. */
interface ReadService {
  readonly service: ServiceSpec;
  readonly scope: string;
  readonly previous: readonly ServiceResult[];
  readonly extensions: readonly string[];
  readonly listing: ServiceFiles;
  readonly sources: readonly SourceText[];
  readonly keys: readonly string[];
}

/** The files whose facts a fold reads: a pending service's, or those of a package it imports or is tied by. */
interface ContextFiles {
  readonly cache: FactsCache;
  readonly files: readonly { readonly source: SourceText; readonly key: string; readonly cached: boolean; facts: FileFacts | undefined }[];
}

/** `from '@acme/types'`, `from "@acme/types/rows"`: a bare specifier of an import or re-export. */
const BARE_FROM = /\bfrom\s*['"]([^'"./][^'"]*)['"]/g;

/**
 * For each service, the other packages of the workspace its fold reads (`importedFacts`), sorted by folder: those
 * it imports by package name, and those that import it or one of these (their builder calls may tie the imported
 * types to tables). Found in the sources' text, before any facts: these packages' files key the service's result.
 */
function relatedPackages(read: readonly ReadService[], aliasesOf: (service: ServiceSpec) => readonly string[]): ReadonlyMap<ServiceSpec, readonly ReadService[]> {
  const byName = packagesByName(read.map((entry) => ({ name: entry.service.name, aliases: aliasesOf(entry.service), entry })));
  const imports = new Map<ReadService, Set<ReadService>>();
  for (const entry of read) {
    const found = new Set<ReadService>();
    for (const { text } of entry.sources) {
      for (const match of text.matchAll(BARE_FROM)) {
        const target = packageOfSpecifier(match[1]!, byName)?.entry;
        if (target && target !== entry) found.add(target);
      }
    }
    imports.set(entry, found);
  }
  const related = new Map<ServiceSpec, readonly ReadService[]>();
  for (const entry of read) {
    const own = imports.get(entry)!;
    if (own.size === 0 && ![...imports.values()].some((targets) => targets.has(entry))) continue;
    const reached = new Set([...own, entry]);
    const tying = read.filter((other) => other !== entry && [...imports.get(other)!].some((target) => reached.has(target)));
    const all = new Set([...own, ...tying]);
    related.set(entry.service, read.filter((other) => all.has(other)));
  }
  return related;
}

/** A service's resolution, and what its functions' parameters reach (`followArguments`), for itself and its importers. */
interface ServiceFold {
  readonly facts: readonly FileFacts[];
  readonly imported: ImportedFacts | undefined;
  readonly result: ReturnType<typeof resolveUsages>;
  readonly fieldsOf: (type: TypeExpr) => readonly string[] | undefined;
  readonly exported: () => ExportedFunctions;
  readonly bindingsOf: () => (parameter: string) => readonly Binding[];
}

/** A service whose stored result does not match its files: its facts are read, then folded. */
interface PendingService {
  readonly service: ServiceSpec;
  readonly scope: string;
  readonly key: string;
  readonly extensions: readonly string[];
  readonly cache: FactsCache;
  readonly previous: readonly ServiceResult[];
  readonly modules: readonly string[];
  readonly files: { readonly source: SourceText; readonly key: string; readonly cached: boolean; facts: FileFacts | undefined }[];
  /** The Prisma schema files outside the service that its client calls use. */
  readonly prisma: PrismaSchema;
  /** The folders in the service that a Prisma generator writes its client to (`prismaClientFolders`). */
  readonly generated: readonly string[];
}

interface PrismaSchema {
  readonly files: readonly PrismaSchemaFile[];
  readonly missing?: Diagnostic;
  /** The service's own `.prisma` files that are not its schema (another's generator writes its client): data. */
  readonly notTheSchema?: readonly Diagnostic[];
}

interface PrismaSchemaFile extends SourceText {
  /** No service holds the file: its definitions are reported with the service that uses it. */
  readonly define: boolean;
  /** The service does not use Prisma's client: the schema only names the models its types may mirror (`TSurvey`). */
  readonly mirrorOnly?: boolean;
}

/** Source that uses Prisma's client: imports it, or names a `prisma` client or `PrismaService`. */
const USES_PRISMA = /@prisma\/client|\bPrismaClient\b|\bPrismaService\b|\bprisma\s*\.\s*\w+\s*\.\s*\w+\s*\(/;
const IMPORTS_PRISMA = /['"]@prisma\/client['"]/;

/**
 * The Prisma schema outside a service that uses Prisma's client and holds no `.prisma` file (`findPrismaSchema`);
 * the `code/prisma-schema-not-found` warning when the service imports `@prisma/client` and no schema is found,
 * given when its files call a Prisma model (raw queries need no schema).
 */
async function prismaSchemaOf(
  root: string,
  service: ServiceSpec,
  sources: readonly SourceText[],
  listings: ReadonlyMap<string, ServiceFiles>,
): Promise<PrismaSchema> {
  const usesPrisma = sources.some(({ text }) => USES_PRISMA.test(text));
  // The schema whose generator writes the service's client is its schema, whatever `.prisma` files the service holds
  // (amplication's server keeps other products' schemas as import templates): those are data, said once each.
  const generating = await schemasGeneratingInto(root, service.dir, listings);
  const files = generating.length > 0 ? generating : await findPrismaSchema(root, service, listings);
  if (files.length > 0) {
    const held = new Set([...listings.values()].flatMap((listing) => listing.code));
    const read = (file: string): PrismaSchemaFile => ({ file, text: readSourceText(join(root, file)), define: usesPrisma && !held.has(file) });
    const own = generating.length === 0 ? [] : sources.filter(({ file }) => file.endsWith('.prisma'));
    const notTheSchema = own.map(({ file }): Diagnostic => ({
      kind: 'diagnostic',
      code: 'code/prisma-schema-not-the-client',
      message: `${file}: not service ${service.name}'s Prisma schema (its client is generated from ${generating.join(', ')}); its models are not read`,
      location: { file, line: 1 },
    }));
    return { files: files.map((file) => (usesPrisma ? read(file) : { ...read(file), mirrorOnly: true })), ...(notTheSchema.length > 0 ? { notTheSchema } : {}) };
  }
  if (!usesPrisma) return { files: [] };
  const importer = sources.find(({ text, file }) => IMPORTS_PRISMA.test(text) && !file.endsWith('.prisma'));
  if (!importer || listings.get(service.dir)?.code.some((file) => file.endsWith('.prisma'))) return { files: [] };
  const line = importer.text.slice(0, importer.text.search(IMPORTS_PRISMA)).split('\n').length;
  return {
    files: [],
    missing: {
      kind: 'diagnostic',
      code: 'code/prisma-schema-not-found',
      message: `${importer.file}:${line}: service ${service.name} uses @prisma/client but no schema.prisma was found (package.json "prisma.schema", prisma/schema.prisma, prisma/schema/ or a workspace package); its Prisma calls are not resolved`,
      location: { file: importer.file, line },
    },
  };
}

/** A schema file's facts, of which the fold reads the models. */
function modelFacts(file: string, facts: readonly Fact[]): FileFacts {
  return { file, models: facts.filter((fact): fact is ModelFact => fact.kind === 'model'), classes: [], sites: [], settings: [], diagnostics: [], imports: [], entityRefs: [], shapes: [] };
}

/**
 * Every place in every service that defines, reads or writes a column. One pass per service: each file is read
 * once into facts (from the cache when its content is unchanged), then one fold resolves all sites at once. A service whose files and schema are unchanged
 * since the last scan returns its stored usages without loading the parser. Sorted by file, line, column, then
 * column ref.
 */
export async function scanUsages(options: ScanOptions): Promise<ScanResult> {
  const services = options.services ?? (await discoverServices(options.root));
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const schemaKey = resultKey([JSON.stringify(options.schema)]);
  const listings = new Map<string, Promise<ReadonlyMap<string, ServiceFiles>>>();
  const filesOf = async (service: ServiceSpec, extensions: readonly string[]): Promise<ServiceFiles> => {
    const id = extensions.join(' ');
    if (!listings.has(id)) listings.set(id, listServiceFiles(options.root, services, extensions, options.exclude ?? [], options.migrationModulesAreData === true));
    return (await listings.get(id)!).get(service.dir) ?? { code: [], modules: [] };
  };
  const allListings = async (extensions: readonly string[]): Promise<ReadonlyMap<string, ServiceFiles>> => {
    await filesOf(services[0]!, extensions);
    return listings.get(extensions.join(' '))!;
  };
  let scanner: Promise<Scanner> | undefined;
  const usages: Usage[] = [];
  const diagnostics: Diagnostic[] = [];
  const endpoints: ApiEndpoint[] = [];
  const apiFlows: ApiFlow[] = [];
  const clientSites: ClientSite[] = [];
  const missingMembers: Location[] = [];
  const pending: PendingService[] = [];
  const read: ReadService[] = [];
  for (const service of services) {
    // Not the root: the base and head trees a report scans are fresh temporary folders; every entry is content-keyed.
    const scope = `${service.dir}\u0000${service.name}`;
    const previous = await readServiceResults(cacheDir, scope);
    // A stored result's extensions are this scanner's: the cache folder is keyed by the scanner's own source.
    const extensions = previous[0]?.extensions ?? (await (scanner ??= loadScanner())).extensions;
    const listing = await filesOf(service, extensions);
    const sources = listing.code.map((file) => ({ file, text: readSourceText(join(options.root, file)) }));
    read.push({ service, scope, previous, extensions, listing, sources, keys: sources.map(({ file, text }) => factsKey(file, text)) });
  }
  const aliases = readPathAliases(options.root, services);
  const aliasesOf = (service: ServiceSpec): readonly string[] => [...aliases].flatMap(([alias, dir]) => (dir === service.dir ? [alias] : []));
  const related = relatedPackages(read, aliasesOf);
  for (const { service, scope, previous, extensions, listing, sources, keys } of read) {
    const everyListing = await allListings(extensions);
    const prisma = await prismaSchemaOf(options.root, service, sources, everyListing);
    const generated = await prismaClientFolders(options.root, service.dir, everyListing);
    // The other files an import may name are part of the key: whether an import resolves depends on them.
    const key = resultKey([
      schemaKey,
      service.name,
      service.kind,
      extensions.join(' '),
      ...keys,
      '',
      ...prisma.files.map(({ file, text }) => factsKey(file, text)),
      '',
      ...listing.modules,
      '',
      ...generated,
      // What the service imports from the workspace's other packages, and what their builder calls say of it.
      ...(related.get(service)?.flatMap((other) => ['', other.service.dir, ...other.keys]) ?? []),
      // A type check also depends on what the declaration files, package.json and the governing tsconfig.json say.
      ...(options.typeCheck ? ['type-check', ...typeCheckInputs(options.root, service.dir, listing.modules)] : []),
    ]);
    const stored = previous.find((result) => result.key === key);
    if (stored) {
      usages.push(...stored.usages);
      diagnostics.push(...stored.diagnostics);
      endpoints.push(...(stored.endpoints ?? []));
      apiFlows.push(...(stored.apiFlows ?? []));
      clientSites.push(...(stored.clientSites ?? []));
      missingMembers.push(...(stored.missingMembers ?? []));
      continue;
    }
    const cache = await openFactsCache(cacheDir, scope);
    const files = sources.map((source, index) => {
      const facts = cache.get(keys[index]!);
      return { source, key: keys[index]!, cached: facts !== undefined, facts };
    });
    pending.push({ service, scope, key, extensions, cache, files, previous, modules: listing.modules, prisma, generated });
  }
  if (pending.length > 0) {
    const { adapters, extract } = await (scanner ??= loadScanner());
    // The facts of the packages a pending service imports or is tied by, whose own results may be stored.
    const context = new Map<ServiceSpec, ContextFiles>(pending.map((entry) => [entry.service, entry]));
    for (const entry of pending) {
      for (const other of related.get(entry.service) ?? []) {
        if (context.has(other.service)) continue;
        const cache = await openFactsCache(cacheDir, other.scope);
        context.set(other.service, { cache, files: other.sources.map((source, index) => ({ source, key: other.keys[index]!, cached: cache.get(other.keys[index]!) !== undefined, facts: cache.get(other.keys[index]!) })) });
      }
    }
    const misses = [...context.values()].flatMap((entry) => entry.files.filter((file) => !file.facts));
    const sources = misses.map((miss) => miss.source);
    const extracted = await extract(sources, options.threads ?? defaultThreads(sources));
    misses.forEach((miss, index) => (miss.facts = extracted[index]));
    const schema = indexSchema(options.schema);
    const projects: ProjectCache = new Map();
    const { readPrismaSchema } = await import('../adapters/prisma/prisma-adapter.js');
    for (const [service, entry] of context) {
      if (pending.some((other) => other.service === service)) continue;
      for (const file of entry.files) if (!file.cached) entry.cache.set(file.key, file.facts!);
      await entry.cache.save();
    }
    const packageOf = (service: ServiceSpec): WorkspacePackage => ({ name: service.name, aliases: aliasesOf(service), files: context.get(service)!.files.map((file) => file.facts!) });
    // The Prisma schema of each package a pending service imports from, for that package's own fold (`foldOf`).
    const prismaOf = new Map<ServiceSpec, PrismaSchema>(pending.map((entry) => [entry.service, entry.prisma]));
    for (const service of context.keys()) {
      if (prismaOf.has(service)) continue;
      const entry = read.find((other) => other.service === service)!;
      prismaOf.set(service, await prismaSchemaOf(options.root, service, entry.sources, await allListings(entry.extensions)));
    }
    // Each service's resolution and what its functions' parameters reach, folded once however many packages call it.
    // Kept only for the packages some pending service imports or is tied by: any other is dropped after its own use.
    const folds = new Map<ServiceSpec, ServiceFold>();
    const calledInto = new Set(pending.flatMap((entry) => (related.get(entry.service) ?? []).map((other) => other.service)));
    const foldOf = (service: ServiceSpec): ServiceFold => {
      const known = folds.get(service);
      if (known) return known;
      const prisma = prismaOf.get(service)!;
      const data = new Set(prisma.notTheSchema?.map((diagnostic) => diagnostic.location.file));
      const facts = context.get(service)!.files.map((file) => (data.has(file.source.file) ? { ...file.facts!, models: [] } : file.facts!));
      const shared = prisma.files.map(({ file, text, define, mirrorOnly }) => ({ facts: modelFacts(file, readPrismaSchema(file, text)), define, ...(mirrorOnly ? { mirrorOnly } : {}) }));
      const others = (related.get(service) ?? []).filter((other) => context.has(other.service));
      const imported = others.length === 0 ? undefined : importedFacts(packageOf(service), others.map((other) => packageOf(other.service)));
      const result = resolveUsages({ service: service.name, serviceKind: service.kind, files: facts, shared, ...(imported ? { imported } : {}) }, schema, adapters);
      const fieldsOf = declaredFields(declaredTypes([...facts.flatMap((file) => [...file.classes, ...file.shapes]), ...(imported?.classes ?? []), ...(imported?.shapes ?? [])]));
      let own: ((parameter: string) => readonly Binding[]) | undefined;
      let exported: ExportedFunctions | undefined;
      const fold: ServiceFold = {
        facts,
        imported,
        result,
        fieldsOf,
        exported: () => (exported ??= exportedFunctions(facts)),
        bindingsOf: () => (own ??= followArguments({ service: service.name, serviceKind: service.kind, files: facts, usages: result.usages, rows: result.rows, values: result.values, fieldsOf, bindingsOnly: true }).bindingsOf),
      };
      if (calledInto.has(service)) folds.set(service, fold);
      return fold;
    };
    for (const { service, scope, key, extensions, cache, files, previous, modules, prisma, generated } of pending) {
      for (const file of files) if (!file.cached) cache.set(file.key, file.facts!);
      await cache.save();
      const { facts, result, fieldsOf } = foldOf(service);
      const unresolved = findUnresolvedImports({
        dir: service.dir,
        files: facts,
        paths: new Set([...files.map((file) => file.source.file), ...modules]),
        nested: services.filter((other) => other !== service && (service.dir === '.' || other.dir.startsWith(`${service.dir}/`))).map((other) => other.dir),
        generated,
      });
      const callsPrisma = facts.some((file) => file.sites.some((site) => site.kind === 'property-site' && site.adapter === 'prisma'));
      const found = [...result.diagnostics, ...unresolved, ...(prisma.missing && callsPrisma ? [prisma.missing] : []), ...(prisma.notTheSchema ?? [])];
      if (options.typeCheck) {
        const { typeCheckService } = await import('../check/type-check-service.js');
        // An unresolved import or model is already reported where TypeScript reports it (TS2307, TS2304).
        const reported = new Set(found.map((diagnostic) => formatLocation(diagnostic.location)));
        found.push(...typeCheckService(options.root, service.dir, files.map((file) => file.source.file), modules, projects).filter((diagnostic) => !reported.has(formatLocation(diagnostic.location))));
      }
      const flowed = followFlows({ service: service.name, serviceKind: service.kind, files: facts, usages: result.usages });
      // A function of another package of the workspace called here: what its parameters reach, as its own fold found.
      const callees = (related.get(service) ?? [])
        .filter((other) => context.has(other.service))
        .map((other) => ({ name: other.service.name, aliases: aliasesOf(other.service), exported: () => foldOf(other.service).exported(), bindingsOf: () => foldOf(other.service).bindingsOf() }));
      const packageParameters = callees.length === 0 ? undefined : packageParametersOf(service.name, callees);
      const argued = followArguments({ service: service.name, serviceKind: service.kind, files: facts, usages: result.usages, rows: result.rows, values: result.values, fieldsOf, ...(packageParameters ? { packageParameters } : {}) });
      const passed = followIntoParameters({ service: service.name, serviceKind: service.kind, files: facts, usages: result.usages });
      const serviceUsages = [...withoutOverruledGuesses(result.usages, [...flowed.usages, ...argued.usages], argued.dropped), ...flowed.usages, ...argued.usages, ...passed];
      await writeServiceResult(cacheDir, scope, { key, extensions, usages: serviceUsages, diagnostics: found, endpoints: flowed.endpoints, apiFlows: flowed.flows, clientSites: result.clientSites, missingMembers: result.missingMembers }, previous);
      usages.push(...serviceUsages);
      diagnostics.push(...found);
      endpoints.push(...flowed.endpoints);
      apiFlows.push(...flowed.flows);
      clientSites.push(...result.clientSites);
      missingMembers.push(...result.missingMembers);
    }
  }
  return {
    usages: sortUsages(usages),
    diagnostics: [...diagnostics].sort((a, b) => compareLocations(a.location, b.location) || compareStrings(a.code, b.code)),
    endpoints: endpoints.sort((a, b) => compareLocations(a.location, b.location) || compareStrings(a.method, b.method) || compareStrings(a.path, b.path)),
    apiFlows: apiFlows.sort(
      (a, b) =>
        compareStrings(formatColumnRef(a.column), formatColumnRef(b.column)) ||
        compareLocations(a.endpoint.location, b.endpoint.location) ||
        compareStrings(a.endpoint.method, b.endpoint.method) ||
        compareStrings(a.direction, b.direction) ||
        compareStrings(a.path, b.path),
    ),
    missingMembers: missingMembers.sort(compareLocations),
    clientSites: clientSites.sort((a, b) => compareLocations(a.location, b.location) || compareStrings(a.schema, b.schema) || compareStrings(a.property, b.property)),
  };
}

/**
 * A name-matched usage at a place data flow ties to another column is a wrong guess (`MemberSchema.contactEmail`,
 * named like `members.contact_email`, carries `recovery_email`): the flow's answer stands alone there. So is one at a
 * key the flow found an ORM write drops (`dropped`: `fakeCollective({ legacyTags })` into a model without that
 * attribute): no column there.
 */
function withoutOverruledGuesses(usages: readonly Usage[], flowed: readonly Usage[], dropped: readonly Usage['location'][]): readonly Usage[] {
  const place = (usage: Pick<Usage, 'location'>): string => `${usage.location.file}:${usage.location.line}:${usage.location.column ?? 0}`;
  const known = new Map<string, Set<string>>();
  for (const location of dropped) known.set(place({ location }), new Set());
  for (const usage of flowed) {
    const key = place(usage);
    known.set(key, (known.get(key) ?? new Set()).add(formatColumnRef(usage.column)));
  }
  return usages.filter((usage) => {
    const columns = usage.confidence === 'name-match' ? known.get(place(usage)) : undefined;
    return columns === undefined || columns.has(formatColumnRef(usage.column));
  });
}

/** The content keys of what a type check reads beyond the scanned files: declaration and JSON files, the tsconfig. */
function typeCheckInputs(root: string, serviceDir: string, modules: readonly string[]): readonly string[] {
  const tsconfig = findTsconfig(root, serviceDir);
  return [...modules, ...(tsconfig === undefined || modules.includes(tsconfig) ? [] : [tsconfig])].map((file) => {
    try {
      return factsKey(file, readSourceText(join(root, file)));
    } catch {
      return factsKey(file, ''); // a symbolic link to a folder
    }
  });
}

function formatLocation(location: Diagnostic['location']): string {
  return `${location.file}:${location.line}:${location.column ?? 0}`;
}

/**
 * Missed bytes from which workers may pay off: a worker's start (loading TypeScript, ~0.5 s of a core) overlaps
 * this thread's own reading, but under this the scan is short anyway and a second TypeScript only costs a core.
 */
const THREADED_MIN_BYTES = 512 * 1024;

/**
 * This thread, plus one worker per core that the load average leaves idle (as `make -l` does), past
 * `THREADED_MIN_BYTES`. Measured on 2 shared cores: even alone, a scan keeps ~1.5 cores busy (V8 compiles and
 * collects garbage on background threads), and with the cores loaded a worker added ~3 s of CPU to a 6 s scan
 * and made it slower; a worker is only worth a core nobody uses.
 */
function defaultThreads(sources: readonly SourceText[]): number {
  let bytes = 0;
  for (const { text } of sources) bytes += text.length;
  if (bytes < THREADED_MIN_BYTES) return 1;
  const cores = availableParallelism();
  return 1 + Math.max(0, Math.min(cores - 1, Math.floor(cores - loadavg()[0]!)));
}

async function loadScanner(): Promise<Scanner> {
  const [{ ADAPTERS }, { extractFileFacts }] = await Promise.all([import('../adapters/registry.js'), import('../extract/extract-file-facts.js')]);
  let sqlParser: Promise<unknown> | undefined;
  const extractOne = ({ file, text }: SourceText): FileFacts => extractFileFacts(file, text, ADAPTERS);
  return {
    adapters: ADAPTERS,
    extensions: [...CODE_EXTENSIONS, ...ADAPTERS.flatMap((adapter) => adapter.extensions ?? [])],
    async extract(sources, threads) {
      if (sources.length === 0) return [];
      await (sqlParser ??= import('libpg-query').then((module) => module.loadModule()));
      if (threads <= 1 || sources.length < 2) return sources.map(extractOne);
      const { extractInThreads } = await import('./extract-in-threads.js');
      return (await extractInThreads(sources, extractOne, { threads })).facts;
    },
  };
}

/** Sorted by file, line, column, column ref, access, adapter; duplicates dropped, an exact usage kept over a name match. */
export function sortUsages(usages: readonly Usage[]): readonly Usage[] {
  const seen = new Map<string, Usage>();
  for (const usage of usages) {
    const key = `${usage.location.file}:${usage.location.line}:${usage.location.column}:${formatColumnRef(usage.column)}:${usage.access}`;
    const kept = seen.get(key);
    if (!kept || (kept.confidence === 'name-match' && usage.confidence !== 'name-match')) seen.set(key, usage);
  }
  return [...seen.values()].sort(
    (a, b) =>
      compareLocations(a.location, b.location) ||
      compareStrings(formatColumnRef(a.column), formatColumnRef(b.column)) ||
      compareStrings(a.access, b.access) ||
      compareStrings(a.adapter, b.adapter),
  );
}

/**
 * Classes and shapes by name, as `declaredFields` reads them: a class's fact and its shape's fields together. A shape is
 * also its file's own (`FormData@pages/register.tsx`, `localTypeKey`), as a value typed by a type its file does not
 * export names it, with that declaration's fields only.
 */
function declaredTypes(facts: readonly (ClassFact | ShapeFact)[]): ReadonlyMap<string, DeclaredType> {
  const types = new Map<string, { fields: Set<string>; properties: Record<string, TypeExpr>; base?: string }>();
  for (const fact of facts) {
    if (fact.kind === 'shape' && fact.fields.length > 0) {
      const own = localTypeKey(fact.name, fact.fields[0]!.location.file);
      const type = types.get(own) ?? { fields: new Set<string>(), properties: {} };
      for (const field of fact.fields) type.fields.add(field.property);
      types.set(own, type);
    }
    let type = types.get(fact.name);
    if (!type) types.set(fact.name, (type = { fields: new Set(), properties: {} }));
    if (fact.kind === 'shape') for (const field of fact.fields) type.fields.add(field.property);
    else {
      for (const field of [...Object.keys(fact.properties), ...(fact.untyped ?? [])]) type.fields.add(field);
      type.properties = { ...fact.properties, ...type.properties };
      if (fact.base !== undefined) type.base ??= fact.base;
    }
  }
  return new Map([...types].map(([name, type]) => [name, { fields: [...type.fields], properties: type.properties, ...(type.base === undefined ? {} : { base: type.base }) }]));
}
