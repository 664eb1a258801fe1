import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ArrowFunction, EnumDeclaration, FunctionDeclaration, FunctionExpression, SourceFile } from 'ts-morph';
import { Node, Project } from './ts-morph-lazy.js';
import type { StaticResult, StaticValue } from './static-value.js';
import { readStaticValue, short } from './static-value.js';

/** A value another file of the repository exports, read statically; or why it cannot be. */
export type ModuleValue = { readonly ok: true; readonly value: StaticValue } | { readonly ok: false; readonly why: string };

/** A function another file of the repository exports (its declaration, to be replayed, never run); or why there is none. */
export type ModuleFunction =
  | { readonly ok: true; readonly fn: ExportedFunction; /** Its file, from the repository's root: `server/models/user.model.js`. */ readonly file: string }
  | { readonly ok: false; readonly why: string };

export type ExportedFunction = FunctionDeclaration | ArrowFunction | FunctionExpression;

/**
 * The repository's own modules as a migration imports them (`const { TableUser } = require('@hedgedoc/database')`,
 * `import { TABLES } from '../constants'`): the constants they export, read without running anything. Only files
 * inside the repository are read (relative paths, and workspace packages found by their `package.json` name), never
 * `node_modules`.
 */
export interface ProjectModules {
  /**
   * What `specifier`, imported from `fromFile` (absolute or relative to the repository root), exports as `name`: `default` for a default import, `*` for
   * the whole module (a namespace import or `require(...)` bound to one name: an object of its readable exports).
   */
  exported(fromFile: string, specifier: string, name: string): ModuleValue;
  /**
   * The function with a body `specifier` exports as `name` (`export async function createUserTable(knex)`, `module.exports
   * = { createUserTable }`, re-exported by `export { x } from`, `export *`, or `module.exports = { ...require('./x') }`).
   */
  exportedFunction(fromFile: string, specifier: string, name: string): ModuleFunction;
}

/** How many module hops one value may take (`export *` chains, re-exports, imports of imports). */
const MAX_HOPS = 32;
const TOO_DEEP = `re-exports through more than ${MAX_HOPS} modules`;
/** Directories walked to find workspace packages: a bound on a huge repository, far beyond any real monorepo's. */
const MAX_DIRECTORIES = 20_000;
const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.d.ts'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.next', '.turbo']);

interface WorkspacePackage {
  readonly name: string;
  readonly dir: string;
  readonly manifest: Record<string, unknown>;
}

/** The modules of the repository at `root` (absolute). Files and values are read once and kept. */
export function projectModules(root: string): ProjectModules {
  const repositoryRoot = path.resolve(root);
  let project: Project | undefined;
  let packages: readonly WorkspacePackage[] | undefined;
  const values = new Map<string, ModuleValue>();
  /**
   * Results a cut cycle or the hop limit shaped, by the hops left when they were read: kept for one top-level lookup
   * only, so a file reached by many paths (`export *` of the same module twice, diamonds) is read once per depth, not
   * once per path.
   */
  const pathDependent = new Map<string, ModuleValue>();
  const inProgress = new Set<string>();
  /** How many times a cycle or the hop limit cut a lookup short. */
  let cuts = 0;

  const inside = (file: string) => {
    const relative = path.relative(repositoryRoot, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.split(path.sep).includes('node_modules');
  };
  const shown = (file: string) => path.relative(repositoryRoot, file).split(path.sep).join('/');

  const sourceFile = (file: string): SourceFile => {
    project ??= new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true } });
    return project.getSourceFile(file) ?? project.createSourceFile(file, readFileSync(file, 'utf8'));
  };

  const manifests = new Map<string, { dir: string; manifest: Record<string, unknown> } | undefined>();
  /** The package.json nearest above `dir` inside the repository (the one Node reads a file's `imports` from). */
  const nearestManifest = (dir: string): { dir: string; manifest: Record<string, unknown> } | undefined => {
    if (manifests.has(dir)) return manifests.get(dir);
    let found: { dir: string; manifest: Record<string, unknown> } | undefined;
    try {
      found = { dir, manifest: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown> };
    } catch {
      const parent = path.dirname(dir);
      found = parent !== dir && (parent === repositoryRoot || inside(parent)) ? nearestManifest(parent) : undefined;
    }
    manifests.set(dir, found);
    return found;
  };

  const resolve = (fromFile: string, specifier: string): string | { why: string } => {
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      const file = resolveFile(path.resolve(path.dirname(fromFile), specifier));
      return file && inside(file) ? file : { why: `no such file of the repository next to ${shown(fromFile)}` };
    }
    // Node's subpath imports (`#enums/lesson_panels` with `"imports": { "#enums/*": "./app/enums/*.js" }` in the
    // nearest package.json, AdonisJS 6's layout): the file the pattern maps it to.
    if (specifier.startsWith('#')) {
      const manifest = nearestManifest(path.dirname(fromFile));
      const target = manifest ? subpathImport(manifest.manifest, specifier) : undefined;
      if (!manifest || target === undefined) return { why: `no package.json above ${shown(fromFile)} maps it in "imports"` };
      const file = resolveFile(path.resolve(manifest.dir, target));
      return file && inside(file) ? file : { why: `"imports" of ${shown(path.join(manifest.dir, 'package.json'))} maps it to ${target}, no file of the repository` };
    }
    packages ??= workspacePackages(repositoryRoot);
    const owner = packages
      .filter((candidate) => specifier === candidate.name || specifier.startsWith(`${candidate.name}/`))
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (!owner) return { why: 'no package of this repository has that name (installed packages are never read)' };
    const file = packageEntry(owner, specifier.slice(owner.name.length + 1));
    return file && inside(file) ? file : { why: `the package in ${shown(owner.dir)} has no source file for it` };
  };

  const exported = (fromFile: string, specifier: string, name: string, hops: number): ModuleValue => {
    if (hops > MAX_HOPS) {
      cuts += 1;
      return { ok: false, why: `'${specifier}' ${TOO_DEEP}` };
    }
    const file = resolve(fromFile, specifier);
    if (typeof file !== 'string') return { ok: false, why: file.why };
    return exportOf(file, name, hops + 1);
  };

  /**
   * The export `name` of a file: cached, and a cycle (`export *` both ways) ends instead of looping. A result that a
   * cut cycle or the hop limit shaped depends on the path that reached it, so it is not kept.
   */
  const exportOf = (file: string, name: string, hops: number): ModuleValue => {
    const key = `${file}\0${name}`;
    const cached = values.get(key) ?? pathDependent.get(`${key}\0${hops}`);
    if (cached) return cached;
    if (inProgress.has(key)) {
      cuts += 1;
      return { ok: false, why: `\`${name}\` of ${shown(file)} refers to itself` };
    }
    inProgress.add(key);
    const cutsBefore = cuts;
    try {
      const value = name === '*' ? namespaceOf(file, hops) : readExport(file, name, hops);
      if (cuts === cutsBefore) values.set(key, value);
      else pathDependent.set(`${key}\0${hops}`, value);
      return value;
    } finally {
      inProgress.delete(key);
    }
  };

  const namespaceOf = (file: string, hops: number): ModuleValue => {
    const namespace: Record<string, StaticValue> = {};
    for (const name of exportNames(sourceFile(file), hops, new Set())) {
      const value = exportOf(file, name, hops);
      if (value.ok) namespace[name] = value.value;
    }
    return { ok: true, value: namespace };
  };

  /** Every name a file exports, `export *` followed (each file once): what a namespace import can read. */
  const exportNames = (source: SourceFile, hops: number, seen: Set<string>): string[] => {
    const names = new Set<string>();
    seen.add(source.getFilePath());
    for (const [name] of source.getExportedDeclarations()) names.add(name);
    for (const statement of source.getStatements()) {
      if (Node.isExportDeclaration(statement) && !statement.getNamedExports().length && statement.getModuleSpecifierValue() && hops < MAX_HOPS) {
        const target = resolve(source.getFilePath(), statement.getModuleSpecifierValue()!);
        if (typeof target === 'string' && !seen.has(target) && !inProgress.has(`${target}\0*`)) {
          for (const name of exportNames(sourceFile(target), hops + 1, seen)) if (name !== 'default') names.add(name);
        }
      }
    }
    for (const name of commonJsExports(source).keys()) names.add(name);
    return [...names];
  };

  const readExport = (file: string, name: string, hops: number): ModuleValue => {
    const source = sourceFile(file);
    const local = (identifier: Node): StaticResult | undefined => localValue(source, identifier, hops);
    const read = (node: Node): ModuleValue => fromStatic(readStaticValue(node, { identifier: local }), file);
    if (name === 'default') {
      const assignment = source.getExportAssignment((candidate) => !candidate.isExportEquals());
      if (assignment) return read(assignment.getExpression());
    }
    for (const statement of source.getStatements()) {
      if (Node.isVariableStatement(statement) && statement.isExported() && statement.getDeclarationKind() === 'const') {
        const declaration = statement.getDeclarations().find((candidate) => candidate.getName() === name);
        const initializer = declaration?.getInitializer();
        if (initializer) return read(initializer);
      }
      if (Node.isEnumDeclaration(statement) && statement.isExported() && statement.getName() === name) {
        return fromStatic(enumValue(statement, local), file);
      }
      if (Node.isExportDeclaration(statement)) {
        const specifier = statement.getModuleSpecifierValue();
        const named = statement.getNamedExports().find((candidate) => (candidate.getAliasNode()?.getText() ?? candidate.getName()) === name);
        if (named && specifier) return exported(file, specifier, named.getName(), hops);
        if (named) {
          const value = localValue(source, named.getNameNode(), hops);
          return value ? fromStatic(value, file) : { ok: false, why: `\`${named.getName()}\` of ${shown(file)} is not a constant` };
        }
      }
    }
    const commonJs = commonJsExports(source).get(name);
    if (commonJs) return read(commonJs);
    let tooDeep: ModuleValue | undefined;
    for (const statement of source.getStatements()) {
      const specifier = Node.isExportDeclaration(statement) && statement.getNamedExports().length === 0 && !statement.getNamespaceExport() ? statement.getModuleSpecifierValue() : undefined;
      if (!specifier || name === 'default') continue;
      const value = exported(file, specifier, name, hops);
      if (value.ok) return value;
      if (value.why.includes(TOO_DEEP)) tooDeep ??= value;
    }
    // not found below the hop limit is no proof the name is not there: say the chain was too long
    return tooDeep ?? { ok: false, why: `${shown(file)} exports no constant \`${name}\`` };
  };

  /** A name of the file that is not a `const` (readStaticValue reads those): an enum, or a name it imports. */
  const localValue = (source: SourceFile, identifier: Node, hops: number): StaticResult | undefined => {
    const name = identifier.getText();
    const enumeration = source.getEnum(name);
    if (enumeration) return enumValue(enumeration, (inner) => localValue(source, inner, hops));
    const imported = importedBinding(source, name);
    if (!imported) return undefined;
    const value = exported(source.getFilePath(), imported.specifier, imported.name, hops);
    return value.ok ? { ok: true, value: value.value } : { ok: false, node: identifier, why: `\`${name}\` from '${imported.specifier}' is not read: ${value.why}` };
  };

  const fromStatic = (result: StaticResult, file: string): ModuleValue =>
    result.ok ? { ok: true, value: result.value } : { ok: false, why: `${shown(file)}:${result.node.getStartLineNumber()}: ${result.why}` };

  const packageEntry = (owner: WorkspacePackage, subpath: string): string | undefined => {
    if (subpath) return resolveFile(path.join(owner.dir, subpath)) ?? resolveFile(path.join(owner.dir, 'src', subpath));
    for (const entry of entryCandidates(owner.manifest)) {
      const file = resolveFile(path.join(owner.dir, entry)) ?? resolveFile(path.join(owner.dir, sourceOfBuilt(entry)));
      if (file) return file;
    }
    return resolveFile(path.join(owner.dir, 'src', 'index')) ?? resolveFile(path.join(owner.dir, 'index'));
  };

  /** `name` as a function of `file`: declared there, or re-exported from another module (at most MAX_HOPS modules). */
  const functionExportOf = (file: string, name: string, hops: number, seen: Set<string>): ModuleFunction => {
    const key = `${file}\0${name}`;
    if (hops > MAX_HOPS || seen.has(key)) return { ok: false, why: `\`${name}\` of ${shown(file)} ${hops > MAX_HOPS ? TOO_DEEP : 'refers to itself'}` };
    seen.add(key);
    const source = sourceFile(file);
    const further = (fromFile: string, specifier: string, imported: string): ModuleFunction => {
      const target = resolve(fromFile, specifier);
      return typeof target === 'string' ? functionExportOf(target, imported, hops + 1, seen) : { ok: false, why: target.why };
    };
    // A name of the file: its function, a const holding one, or a name it imports.
    const found = (fn: ExportedFunction): ModuleFunction => ({ ok: true, fn, file: shown(file) });
    const local = (localName: string): ModuleFunction | undefined => {
      const declared = source.getFunction(localName);
      if (declared?.hasBody()) return found(declared);
      const initializer = source.getVariableDeclaration(localName)?.getInitializer();
      const fn = initializer && functionOf(initializer);
      if (fn) return found(fn);
      const imported = importedBinding(source, localName);
      return imported && imported.name !== '*' ? further(file, imported.specifier, imported.name) : undefined;
    };
    const of = (node: Node): ModuleFunction | undefined => {
      const fn = functionOf(node);
      return fn ? found(fn) : Node.isIdentifier(node) ? local(node.getText()) : undefined;
    };
    if (name === 'default') {
      const declared = source.getFunctions().find((candidate) => candidate.isDefaultExport() && candidate.hasBody());
      if (declared) return found(declared);
      const assignment = source.getExportAssignment(() => true);
      const assigned = assignment && of(assignment.getExpression());
      if (assigned) return assigned;
    } else {
      const declared = source.getFunction(name);
      if (declared?.isExported() && declared.hasBody()) return found(declared);
      for (const statement of source.getVariableStatements()) {
        if (!statement.isExported()) continue;
        const initializer = statement.getDeclarations().find((candidate) => candidate.getName() === name)?.getInitializer();
        const fn = initializer && functionOf(initializer);
        if (fn) return found(fn);
      }
    }
    for (const statement of source.getStatements()) {
      if (!Node.isExportDeclaration(statement)) continue;
      const specifier = statement.getModuleSpecifierValue();
      const named = statement.getNamedExports().find((candidate) => (candidate.getAliasNode()?.getText() ?? candidate.getName()) === name);
      if (named) return specifier ? further(file, specifier, named.getName()) : (local(named.getName()) ?? { ok: false, why: `\`${named.getName()}\` of ${shown(file)} is no function` });
    }
    const commonJs = commonJsExports(source).get(name);
    const exportedThere = commonJs && of(commonJs);
    if (exportedThere) return exportedThere;
    // `export * from './x'`, `module.exports = { ...require('./x') }`: the name may be any of theirs.
    let why: string | undefined;
    for (const specifier of wholeReexports(source)) {
      const value = further(file, specifier, name);
      if (value.ok) return value;
      if (!value.why.includes('exports no function')) why ??= value.why;
    }
    return { ok: false, why: why ?? `${shown(file)} exports no function \`${name}\`` };
  };

  return {
    exported: (fromFile, specifier, name) => {
      pathDependent.clear();
      return exported(path.resolve(repositoryRoot, fromFile), specifier, name, 0);
    },
    exportedFunction: (fromFile, specifier, name) => {
      const file = resolve(path.resolve(repositoryRoot, fromFile), specifier);
      return typeof file === 'string' ? functionExportOf(file, name, 0, new Set()) : { ok: false, why: file.why };
    },
  };
}

/** `import { a as b } from 'x'`, `const { a: b } = require('x')`, `const b = require('x')`: where the local `b` comes from. */
function importedBinding(source: SourceFile, local: string): { specifier: string; name: string } | undefined {
  for (const declaration of source.getImportDeclarations()) {
    const specifier = declaration.getModuleSpecifierValue();
    if (declaration.getDefaultImport()?.getText() === local) return { specifier, name: 'default' };
    if (declaration.getNamespaceImport()?.getText() === local) return { specifier, name: '*' };
    const named = declaration.getNamedImports().find((candidate) => (candidate.getAliasNode()?.getText() ?? candidate.getName()) === local);
    if (named) return { specifier, name: named.getName() };
  }
  for (const declaration of source.getVariableDeclarations()) {
    const specifier = requiredSpecifier(declaration.getInitializer());
    if (specifier === undefined) continue;
    const nameNode = declaration.getNameNode();
    if (Node.isIdentifier(nameNode) && nameNode.getText() === local) return { specifier, name: '*' };
    if (Node.isObjectBindingPattern(nameNode)) {
      const element = nameNode.getElements().find((candidate) => candidate.getName() === local);
      if (element) return { specifier, name: element.getPropertyNameNode()?.getText() ?? element.getName() };
    }
  }
  return undefined;
}

/** The module of `require('x')`; undefined for anything else. */
export function requiredSpecifier(node: Node | undefined): string | undefined {
  if (!node || !Node.isCallExpression(node) || node.getExpression().getText() !== 'require') return undefined;
  const [argument] = node.getArguments();
  return argument && Node.isStringLiteral(argument) ? argument.getLiteralValue() : undefined;
}

/** A function with a body, as written or in parentheses: `async (knex) => {...}`, `function (knex) {...}`. */
function functionOf(node: Node): ExportedFunction | undefined {
  let current = node;
  while (Node.isParenthesizedExpression(current) || Node.isAsExpression(current) || Node.isSatisfiesExpression(current)) current = current.getExpression();
  return Node.isArrowFunction(current) || Node.isFunctionExpression(current) || (Node.isFunctionDeclaration(current) && current.hasBody()) ? current : undefined;
}

/** Modules a file re-exports whole: `export * from './x'`, `module.exports = { ...require('./x') }`. */
function wholeReexports(source: SourceFile): string[] {
  const specifiers: string[] = [];
  for (const statement of source.getStatements()) {
    if (Node.isExportDeclaration(statement) && statement.getNamedExports().length === 0 && !statement.getNamespaceExport()) {
      const specifier = statement.getModuleSpecifierValue();
      if (specifier) specifiers.push(specifier);
    }
    const expression = Node.isExpressionStatement(statement) ? statement.getExpression() : undefined;
    if (!expression || !Node.isBinaryExpression(expression) || expression.getLeft().getText().replace(/\s+/g, '') !== 'module.exports') continue;
    const value = expression.getRight();
    if (!Node.isObjectLiteralExpression(value)) continue;
    for (const property of value.getProperties()) {
      const specifier = Node.isSpreadAssignment(property) ? requiredSpecifier(property.getExpression()) : undefined;
      if (specifier !== undefined) specifiers.push(specifier);
    }
  }
  return specifiers;
}

/** `module.exports = { a, b: 1 }`, `exports.a = ...`, `module.exports.a = ...`: the expression of each name. */
function commonJsExports(source: SourceFile): Map<string, Node> {
  const found = new Map<string, Node>();
  for (const statement of source.getStatements()) {
    const expression = Node.isExpressionStatement(statement) ? statement.getExpression() : undefined;
    if (!expression || !Node.isBinaryExpression(expression) || expression.getOperatorToken().getText() !== '=') continue;
    const target = expression.getLeft().getText().replace(/\s+/g, '');
    const value = expression.getRight();
    const member = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target)?.[1];
    if (member) found.set(member, value);
    else if (target === 'module.exports' && Node.isObjectLiteralExpression(value)) {
      for (const property of value.getProperties()) {
        if (Node.isPropertyAssignment(property)) found.set(property.getName().replace(/^(['"])(.*)\1$/, '$2'), property.getInitializerOrThrow());
        else if (Node.isShorthandPropertyAssignment(property)) found.set(property.getName(), property.getNameNode());
      }
    }
  }
  return found;
}

/**
 * An enum as the object TypeScript makes of it, name to value (`const enum` too, whose uses TypeScript inlines):
 * string members as written, numeric ones counting on from the last number, as the compiler counts.
 */
function enumValue(declaration: EnumDeclaration, identifier: (node: Node) => StaticResult | undefined): StaticResult {
  const object: Record<string, StaticValue> = {};
  let next: number | undefined = 0;
  for (const member of declaration.getMembers()) {
    const initializer = member.getInitializer();
    let value: StaticValue;
    if (initializer) {
      const read = readStaticValue(initializer, { identifier: (node) => (Node.isIdentifier(node) && Object.hasOwn(object, node.getText()) ? { ok: true, value: object[node.getText()] } : identifier(node)) });
      if (!read.ok) return read;
      value = read.value;
    } else if (next === undefined) {
      return { ok: false, node: member, why: `\`${short(member)}\` follows a string member and has no value` };
    } else value = next;
    object[member.getName()] = value;
    next = typeof value === 'number' ? value + 1 : undefined;
  }
  return { ok: true, value: object };
}

/**
 * The path a package.json's `imports` maps `#name/x` to: an exact key, else the key with one `*` whose prefix and
 * suffix fit, the longest prefix first (as Node does); a conditions object gives its first string (`types`, `import`,
 * `default`, ... as written). Undefined when nothing maps it.
 */
function subpathImport(manifest: Record<string, unknown>, specifier: string): string | undefined {
  const imports = manifest['imports'];
  if (typeof imports !== 'object' || imports === null) return undefined;
  const entries = Object.entries(imports as Record<string, unknown>);
  const target = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value;
    if (typeof value !== 'object' || value === null) return undefined;
    for (const inner of Object.values(value)) {
      const found = target(inner);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const exact = entries.find(([key]) => key === specifier);
  if (exact) return target(exact[1]);
  const patterns = entries
    .map(([key, value]) => ({ key, value, star: key.indexOf('*') }))
    .filter(({ key, star }) => star >= 0 && specifier.startsWith(key.slice(0, star)) && specifier.endsWith(key.slice(star + 1)) && specifier.length >= key.length - 1)
    .sort((a, b) => b.star - a.star);
  const best = patterns[0];
  if (!best) return undefined;
  const matched = specifier.slice(best.star, specifier.length - (best.key.length - best.star - 1));
  return target(best.value)?.replaceAll('*', matched);
}

/** `source`, `types`, `module`, `main`, then the `exports` conditions of `.`: where a package's entry may be. */
function entryCandidates(manifest: Record<string, unknown>): string[] {
  const candidates: string[] = [];
  for (const key of ['source', 'types', 'typings', 'module', 'main']) {
    if (typeof manifest[key] === 'string') candidates.push(manifest[key] as string);
  }
  const exportsField = manifest['exports'];
  const dot = typeof exportsField === 'object' && exportsField !== null && '.' in exportsField ? (exportsField as Record<string, unknown>)['.'] : exportsField;
  const pending: unknown[] = [dot];
  for (let item = pending.shift(); item !== undefined; item = pending.shift()) {
    if (typeof item === 'string') candidates.push(item);
    else if (typeof item === 'object' && item !== null && candidates.length < 32) pending.push(...Object.values(item));
  }
  return candidates;
}

/** `dist/cjs/index.js` → `src/index`: where a build's output usually comes from, as a build directory is not committed. */
function sourceOfBuilt(entry: string): string {
  const parts = entry.replace(/^\.\//, '').split('/');
  if (!['dist', 'build', 'lib', 'out'].includes(parts[0] ?? '')) return entry;
  const rest = parts.slice(1).filter((part) => !['cjs', 'esm', 'es', 'mjs', 'commonjs', 'types'].includes(part));
  return ['src', ...rest].join('/').replace(/(\.d)?\.[cm]?[tj]s$/, '');
}

/** The file a path names as Node and TypeScript resolve it: itself, with an extension, `.js` written for `.ts`, or its index. */
function resolveFile(candidate: string): string | undefined {
  const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  if (/\.[cm]?[tj]sx?$/.test(candidate) && isFile(candidate)) return candidate;
  const swapped = candidate.replace(/\.([cm]?)js$/, '.$1ts');
  if (swapped !== candidate && isFile(swapped)) return swapped;
  for (const extension of CODE_EXTENSIONS) if (isFile(candidate + extension)) return candidate + extension;
  if (statSync(candidate, { throwIfNoEntry: false })?.isDirectory()) {
    for (const extension of CODE_EXTENSIONS) if (isFile(path.join(candidate, `index${extension}`))) return path.join(candidate, `index${extension}`);
  }
  return undefined;
}

/** Every `package.json` with a name under the root, breadth first, not below `node_modules` or build output. */
function workspacePackages(root: string): WorkspacePackage[] {
  const found: WorkspacePackage[] = [];
  const pending = [root];
  let visited = 0;
  for (let dir = pending.shift(); dir !== undefined && visited < MAX_DIRECTORIES; dir = pending.shift(), visited++) {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) pending.push(path.join(dir, entry.name));
      if (entry.isFile() && entry.name === 'package.json') {
        try {
          const manifest = JSON.parse(readFileSync(path.join(dir, entry.name), 'utf8')) as Record<string, unknown>;
          if (typeof manifest['name'] === 'string') found.push({ name: manifest['name'], dir, manifest });
        } catch {
          // an unreadable package.json names no package: imports of it stay unread, with the reason
        }
      }
    }
  }
  return found;
}

