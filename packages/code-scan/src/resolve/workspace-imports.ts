import type { ClassFact, FileFacts, ModelFact, ReturnFact, RowTypeFact, ShapeFact, TypeExpr } from '../facts/file-facts.js';
import { push } from './follow-flows.js';
import { tablesNamedBy } from './tables-named-by.js';
import { isModuleFile } from './module-file.js';

/** A package of the workspace, by the name its package.json gives it, with its files' facts. */
export interface WorkspacePackage {
  readonly name: string;
  /** Other names imports give it: tsconfig `paths` aliases of its folder (`@ghostfolio/common`). */
  readonly aliases?: readonly string[];
  readonly files: readonly FileFacts[];
}

/**
 * What a service takes from the other packages of its workspace, for the fold's lookups only (no definitions, no
 * sites): the models, classes and function results of the names it imports from them (and what those name, within
 * the same package), and the row types other packages' builder calls tie to the types it imports or declares.
 */
export interface ImportedFacts {
  readonly models: readonly ModelFact[];
  readonly classes: readonly ClassFact[];
  /** The declared fields of the types it reaches (`shapes` of their files): what a value of such a type spread carries. */
  readonly shapes?: readonly ShapeFact[];
  readonly returns: readonly ReturnFact[];
  /** What the functions the service imports from a package return, named `specifier:name` as its imports write them. */
  readonly packageReturns: readonly ReturnFact[];
  readonly rowTypes: readonly RowTypeFact[];
  /**
   * Per package imported from: the types it declares that the service reaches, and the tables its own SQL and query
   * builders name (with the adapter of the first site). Such a type named after such a table mirrors it in its
   * package (`IDbInsertDataIssuePayload` of `dataIssues`), so it does where it is imported too.
   */
  readonly mirrors: readonly PackageMirrors[];
}

export interface PackageMirrors {
  readonly types: readonly string[];
  readonly tables: readonly { readonly table: string; readonly adapter: string }[];
}

/** How many names beyond the imported ones the walk in one package visits: a bound, whatever the package's size. */
const MAX_NAMES_PER_PACKAGE = 400;

/** The workspace package a bare specifier names: `@acme/types`, or a subpath of it (`@acme/types/rows`). */
export function packageOfSpecifier<T>(specifier: string, byName: ReadonlyMap<string, T>): T | undefined {
  for (let name = specifier; ; name = name.slice(0, name.lastIndexOf('/'))) {
    const found = byName.get(name);
    if (found !== undefined) return found;
    if (name.lastIndexOf('/') <= 0) return undefined;
  }
}

/**
 * The facts `service` takes from the other `packages` of its workspace. Exact ties only: a name reaches the service
 * when one of its files imports it from the package that declares it; a row type when a builder call somewhere in
 * the workspace takes, as its type argument, that very name imported from (or declared in) that package. Linear in
 * the packages' facts; the walk inside a package is bounded by `MAX_NAMES_PER_PACKAGE`. Pure.
 */
export function importedFacts(service: WorkspacePackage, packages: readonly WorkspacePackage[]): ImportedFacts {
  const byName = packagesByName([service, ...packages]);
  const imports = importsOf(service, byName);
  const models: ModelFact[] = [];
  const classes: ClassFact[] = [];
  const shapes: ShapeFact[] = [];
  const returns: ReturnFact[] = [];
  const packageReturns: ReturnFact[] = [];
  const rowTypes: RowTypeFact[] = [];
  const mirrors: PackageMirrors[] = [];
  const byPackage = new Map<WorkspacePackage, PackageImport[]>();
  for (const entry of imports) push(byPackage, entry.from, entry);
  for (const [pkg, names] of byPackage) {
    // `import { gettingStartedService } from '@nangohq/shared'` of `export * as gettingStartedService from './x.js'`.
    const exported = namespaceModules(pkg);
    const namespaces = names.flatMap(({ specifier, imported }) => namespaceFiles(pkg, exported.get(imported)).map((file) => ({ specifier, imported, file })));
    const seeds = [...names.map((name) => name.imported), ...namespaces.flatMap(({ file }) => (file.returns ?? []).map((fact) => rootName(fact.name)))];
    const reached = reachedNames(pkg, seeds);
    for (const { specifier, imported, file } of namespaces) {
      for (const fact of file.returns ?? []) if (fact.router === undefined) packageReturns.push({ ...fact, name: `${specifier}:${imported}.${fact.name}` });
    }
    for (const file of pkg.files) {
      models.push(...file.models.filter((fact) => reached.has(fact.name) || reached.has(keyName(fact.key))));
      classes.push(...file.classes.filter((fact) => reached.has(fact.name)));
      shapes.push(...file.shapes.filter((fact) => reached.has(fact.name)));
      returns.push(...(file.returns ?? []).filter((fact) => fact.router === undefined && reached.has(rootName(fact.name))));
      rowTypes.push(...(file.rowTypes ?? []).filter((fact) => reached.has(fact.name)));
    }
    const types = [...declaredNames(pkg)].filter((name) => reached.has(name));
    const tables = [...tablesNamedBy(pkg.files)].map(([table, adapter]) => ({ table, adapter }));
    if (types.length > 0 && tables.length > 0) mirrors.push({ types, tables });
    for (const { specifier, imported, local } of names) {
      // `errorNotificationService.auth.create` of the imported `errorNotificationService` too.
      for (const file of pkg.files) for (const fact of file.returns ?? []) if (fact.router === undefined && rootName(fact.name) === imported) packageReturns.push({ ...fact, name: `${specifier}:${fact.name}` });
      // `import { DBAccount as Account }`: the local name is an alias of the package's.
      if (local !== imported) classes.push({ kind: 'class', name: local, base: imported, properties: {} });
    }
  }
  // Builder calls of the other packages that name a type of a package by the name it exports.
  const ties = rowTypeTies(packages.filter((pkg) => pkg !== service), byName);
  const tied = (pkg: WorkspacePackage, name: string, local: string): void => {
    for (const tie of ties.get(`${pkg.name}\u0000${name}`) ?? []) rowTypes.push({ ...tie, name: local });
  };
  for (const { from, imported, local } of imports) tied(from, imported, local);
  for (const name of declaredNames(service)) tied(service, name, name);
  return { models, classes, ...(shapes.length > 0 ? { shapes } : {}), returns, packageReturns, rowTypes, mirrors };
}

interface PackageImport {
  readonly from: WorkspacePackage;
  readonly specifier: string;
  readonly imported: string;
  readonly local: string;
}

/** The modules a package re-exports as namespaces, by the namespace's name (`export * as name from './module.js'`). */
function namespaceModules(pkg: WorkspacePackage): ReadonlyMap<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of pkg.files) for (const fact of file.namespaceExports ?? []) if (!fact.default) push(found, fact.name, fact.module);
  return found;
}

/** The files of those modules. */
function namespaceFiles(pkg: WorkspacePackage, modules: readonly string[] | undefined): FileFacts[] {
  return modules === undefined ? [] : pkg.files.filter((file) => modules.some((module) => isModuleFile(file.file, module)));
}

/** Each package by its name and its aliases. */
export function packagesByName<T extends { readonly name: string; readonly aliases?: readonly string[] }>(packages: readonly T[]): ReadonlyMap<string, T> {
  return new Map(packages.flatMap((pkg) => [pkg.name, ...(pkg.aliases ?? [])].map((name) => [name, pkg] as const)));
}

function importsOf(service: WorkspacePackage, byName: ReadonlyMap<string, WorkspacePackage>): PackageImport[] {
  const found = new Map<string, PackageImport>();
  for (const file of service.files) {
    for (const fact of file.packageImports ?? []) {
      const from = packageOfSpecifier(fact.specifier, byName);
      if (from === undefined || from === service) continue;
      for (const { imported, local } of fact.names) found.set(`${fact.specifier}\u0000${imported}\u0000${local}`, { from, specifier: fact.specifier, imported, local });
    }
  }
  return [...found.values()];
}

/** `package\0name` -> the row types builder calls give that exported name, from the files of `packages`. */
function rowTypeTies(packages: readonly WorkspacePackage[], byName: ReadonlyMap<string, WorkspacePackage>): ReadonlyMap<string, RowTypeFact[]> {
  const ties = new Map<string, RowTypeFact[]>();
  for (const pkg of packages) {
    for (const file of pkg.files) {
      if (!file.rowTypes) continue;
      for (const fact of file.rowTypes) {
        const origin = originOf(file, fact.name, byName);
        // A name the file neither imports from a workspace package: declared in its own package.
        const key = origin ? `${origin.from.name}\u0000${origin.imported}` : `${pkg.name}\u0000${fact.name}`;
        push(ties, key, fact);
      }
    }
  }
  return ties;
}

function originOf(file: FileFacts, local: string, byName: ReadonlyMap<string, WorkspacePackage>): { from: WorkspacePackage; imported: string } | undefined {
  for (const fact of file.packageImports ?? []) {
    const name = fact.names.find((entry) => entry.local === local);
    if (!name) continue;
    const from = packageOfSpecifier(fact.specifier, byName);
    return from && { from, imported: name.imported };
  }
  return undefined;
}

/** The types a package declares: its shapes (interfaces, type literals) and classes. */
function declaredNames(pkg: WorkspacePackage): ReadonlySet<string> {
  return new Set(pkg.files.flatMap((file) => [...file.shapes.map((shape) => shape.name), ...file.classes.map((fact) => fact.name)]));
}

/**
 * The imported names (all of them: they are the service's own) and the names their declarations in `pkg` refer to
 * (a class's property types, a model's relations and base, a function's result), breadth first, at most
 * `MAX_NAMES_PER_PACKAGE` more.
 */
function reachedNames(pkg: WorkspacePackage, seeds: readonly string[]): ReadonlySet<string> {
  const referred = new Map<string, TypeExpr[]>();
  const refer = (name: string, types: readonly TypeExpr[]): void => {
    for (const type of types) push(referred, name, type);
  };
  for (const file of pkg.files) {
    for (const fact of file.classes) refer(fact.name, [...Object.values(fact.properties), ...(fact.base === undefined ? [] : [{ kind: 'name' as const, name: fact.base }])]);
    for (const fact of file.models) {
      const types = fact.fields.flatMap((field) => (field.relation ? [field.relation.target] : []));
      const base = fact.base === undefined ? [] : [{ kind: 'name' as const, name: keyName(fact.base) }];
      refer(fact.name, [...types, ...base]);
      refer(keyName(fact.key), [...types, ...base]);
    }
    for (const fact of file.returns ?? []) if (fact.router === undefined) refer(rootName(fact.name), [fact.type]);
  }
  const reached = new Set<string>();
  const queue = [...seeds];
  const bound = new Set(seeds).size + MAX_NAMES_PER_PACKAGE;
  for (let next = 0; next < queue.length && reached.size < bound; next += 1) {
    const name = queue[next]!;
    if (reached.has(name)) continue;
    reached.add(name);
    for (const type of referred.get(name) ?? []) queue.push(...namesIn(type));
  }
  return reached;
}

/** The names a type expression refers to (bounded by the depth the extract step keeps). */
function namesIn(type: TypeExpr): string[] {
  switch (type.kind) {
    case 'name':
      return [type.name, ...(type.args ?? []).flatMap(namesIn)];
    case 'value':
      return [type.name];
    case 'model':
      return [keyName(type.key)];
    case 'member':
    case 'element':
    case 'entity-of':
      return namesIn(type.of);
    case 'either':
      return type.of.flatMap(namesIn);
    case 'returned':
      return [type.fn];
    case 'table-row':
    case 'procedure':
      return [];
  }
}

/** `errorNotificationService.auth.create` -> `errorNotificationService`: the name a module exports. */
function rootName(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(0, dot);
}

/** `class:Customer` -> `Customer`. */
function keyName(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}
