import type { FileFacts } from '../facts/file-facts.js';
import { PACKAGE_CALLEE } from '../facts/flow-facts.js';
import type { Binding } from './follow-arguments.js';
import { nodeOf, parameterOf } from './follow-flows.js';
import { defaultModuleNode, isModuleFile } from './module-file.js';
import { packageOfSpecifier, packagesByName } from './workspace-imports.js';

/** A package of the workspace, with what it exports and what its own fold found its parameters reach. */
export interface ParameterPackage {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Lazily, once per package: `exportedFunctions` of its files. */
  readonly exported: () => ExportedFunctions;
  /** Lazily: the package's own `followArguments(...).bindingsOf` (`n:param:F:i#path`), folded at most once. */
  readonly bindingsOf: () => (parameter: string) => readonly Binding[];
}

/**
 * What a parameter of a function of another workspace package reaches, for a caller's argument edges
 * (`n:param:pkg:@nangohq/shared:gettingStartedService.createProgress:1#closed`): the package the specifier names
 * (not `service` itself), the function there as that package's own flow facts name it, and that package's bindings
 * of it. The name is taken as the package exports it: a function of a module re-exported as a namespace (`export *
 * as gettingStartedService from './services/getting-started.service.js'`: `createProgress`), a method of a top-level
 * const instance (`export const accountService = new AccountService()`: `AccountService.editCustomer`), else a
 * function of that name. Anything else (another package's function, a name the package does not declare) reaches
 * nothing. Pure but for the packages' lazy folds; a lookup costs one parse of the key.
 */
export function packageParameters(service: string, packages: readonly ParameterPackage[]): (parameter: string) => readonly Binding[] {
  const byName = packagesByName(packages);
  return (parameter) => {
    const at = nodeOf(parameter);
    const owner = at && parameterOf(at.node);
    if (!at || !owner || !owner.fn.startsWith(PACKAGE_CALLEE)) return [];
    const colon = owner.fn.lastIndexOf(':');
    const specifier = owner.fn.slice(PACKAGE_CALLEE.length, colon);
    const pkg = packageOfSpecifier(specifier, byName);
    if (pkg === undefined || pkg.name === service) return [];
    const fn = functionOf(owner.fn.slice(colon + 1), owner.index, pkg.exported());
    return fn === undefined ? [] : pkg.bindingsOf()(`n:param:${fn}:${owner.index}#${at.path}`);
  };
}

/** What a package's functions are called by its importers, from its files' facts. */
export interface ExportedFunctions {
  /** `gettingStartedService` -> the files of the module it re-exports as a namespace. */
  readonly namespaces: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * `accountService` -> `AccountService`: top-level consts holding an instance of a class of the package; or the
   * default export of the module a name re-exports (`default:packages/shared/lib/services/account.service`).
   */
  readonly instances: ReadonlyMap<string, string>;
  /** `createProgress:1`, `AccountService.editCustomer:0` -> the files declaring a function with that parameter (flow nodes are by name). */
  readonly declaredIn: ReadonlyMap<string, ReadonlySet<string>>;
}

/** One pass over a package's facts: its namespaces, instances, and where each function its flow facts name is declared. */
export function exportedFunctions(files: readonly FileFacts[]): ExportedFunctions {
  const modules = new Map<string, string[]>();
  const defaults = new Map<string, string>();
  for (const file of files) {
    for (const fact of file.namespaceExports ?? []) {
      if (fact.default) defaults.set(fact.name, defaultModuleNode(fact.module));
      else (modules.get(fact.name) ?? modules.set(fact.name, []).get(fact.name)!).push(fact.module);
    }
  }
  const namespaces = new Map([...modules].map(([name, list]) => [name, new Set(files.filter((file) => list.some((module) => isModuleFile(file.file, module))).map((file) => file.file))] as const));
  const instances = new Map<string, string>();
  const claimed = new Set<string>();
  const declaredIn = new Map<string, Set<string>>();
  for (const file of files) {
    for (const fact of file.returns ?? []) {
      if (!fact.instance || fact.type.kind !== 'name') continue;
      // Two consts of one name in the package: which one an importer gets, its exports say; neither here.
      if (claimed.has(fact.name)) instances.delete(fact.name);
      else instances.set(fact.name, fact.type.name);
      claimed.add(fact.name);
    }
    // A parameter's edges leave from the file that declares its function (`n:param:createProgress:1#` in its module).
    for (const edge of file.flows?.edges ?? []) {
      const at = nodeOf(edge.from);
      const owner = at && parameterOf(at.node);
      if (!owner || owner.fn.startsWith(PACKAGE_CALLEE)) continue;
      const id = `${owner.fn}:${owner.index}`;
      (declaredIn.get(id) ?? declaredIn.set(id, new Set()).get(id)!).add(file.file);
    }
  }
  // `export { accountService }` of a module's default instance: its methods as the module's own flow facts name them.
  for (const [name, module] of defaults) if (!claimed.has(name)) instances.set(name, module);
  return { namespaces, instances, declaredIn };
}

/**
 * `gettingStartedService.createProgress` -> `createProgress` (its parameter declared in the namespace's module only: a
 * function of that name in another file of the package shares the parameter's flow node, so neither is taken); `accountService.editCustomer` ->
 * `AccountService.editCustomer`; `markDataIssueAsResolved` -> itself, declared in one file of the package.
 */
function functionOf(name: string, index: string, exported: ExportedFunctions): string | undefined {
  const dot = name.indexOf('.');
  const holder = dot < 0 ? undefined : name.slice(0, dot);
  const member = dot < 0 ? name : name.slice(dot + 1);
  if (member.includes('.')) return undefined;
  const namespace = holder === undefined ? undefined : exported.namespaces.get(holder);
  const instance = holder === undefined || namespace !== undefined ? undefined : exported.instances.get(holder);
  if (holder !== undefined && namespace === undefined && instance === undefined) return undefined;
  const fn = instance === undefined ? member : `${instance}.${member}`;
  const files = exported.declaredIn.get(`${fn}:${index}`);
  if (files === undefined || (namespace === undefined ? files.size !== 1 : [...files].some((file) => !namespace.has(file)))) return undefined;
  return fn;
}
