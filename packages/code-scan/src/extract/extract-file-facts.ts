import { MAX_NESTING, nestingBeyond, type Diagnostic } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { OrmAdapter } from '../adapters/orm-adapter.js';
import type { ClassFact, EntityRefFact, Fact, FileFacts, ImportFact, NameFacts, NamespaceExportFact, PackageImportFact, ReturnFact, RowTypeFact, ShapeFact, TypeExpr } from '../facts/file-facts.js';
import { byKind } from './by-kind.js';
import { createExtractContext, typeLiteralKey, type ExtractContext } from './extract-context.js';
import { vueScriptText } from './vue-script-text.js';
import { withoutFlowTypes } from './without-flow-types.js';
import { carriedType, shapeFactsOf, typedObjectSites } from './shape-facts.js';
import { propertyNameOf } from './decorators-of.js';
import { apiClientGenerator, componentSchemaFacts } from './api-client-facts.js';
import { createFlowCollector, mayFlow } from './flow-facts-of.js';
import { createNameCollector, mayName } from './name-sites-of.js';
import type { FlowFacts } from '../facts/flow-facts.js';
import { setParents } from './visit-descendants.js';
import { argumentObjectSites, functionResult, modulePath, namedFunctionResult, returnedObjectFields, returnedTypeOf, returnFactOf, signatureFactsOf } from './function-results.js';
import { procedureCallResult, typedHookResult } from './trpc-client-calls.js';
import { contextHookResult } from './react-context.js';
import { sessionCallResult } from './auth-sessions.js';
import { standaloneProcedureOf, trpcRouterOf } from './trpc-procedures.js';
import { CODE_FILE } from './code-file.js';
import { forwardedParameterType, parameterKey, prismaArgsModel } from './prisma-args.js';


/**
 * Reads one file into facts: TypeScript/JavaScript files are parsed (syntax only, no Program, no checker) and
 * walked once, every node offered to every adapter; other files go whole to the adapter that claims their
 * extension. Depends on nothing but the file's path and text, so its result is cached by content hash.
 */
export function extractFileFacts(file: string, text: string, adapters: readonly OrmAdapter[]): FileFacts {
  const facts: Fact[] = [];
  // A byte-order mark is no character of the file for its editor: lines and columns count from after it.
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  let flows: FlowFacts | undefined;
  let names: NameFacts | undefined;
  let returns: readonly ReturnFact[] | undefined;
  let packageImports: readonly PackageImportFact[] | undefined;
  let namespaceExports: readonly NamespaceExportFact[] | undefined;
  // A file an OpenAPI generator wrote: its types are an in-repo API client's.
  const apiClient = CODE_FILE.test(file) ? apiClientGenerator(body) : undefined;
  if (CODE_FILE.test(file)) {
    ({ flows, names, returns, packageImports, namespaceExports } = walkTypeScript(file, body, adapters, facts, apiClient !== undefined));
  } else {
    for (const adapter of adapters) {
      if (adapter.readFile && adapter.extensions?.some((extension) => file.endsWith(extension))) facts.push(...adapter.readFile(file, body));
    }
  }
  const folded = apiClient === undefined ? foldFacts(file, facts) : { ...foldFacts(file, facts), apiClient };
  const withFlows = flows && (flows.edges.length > 0 || flows.handlers.length > 0 || flows.mounts !== undefined || flows.contracts !== undefined || flows.mutationHooks !== undefined || flows.parameterFields !== undefined || flows.typedValues !== undefined || flows.requestRoutes !== undefined) ? { ...folded, flows } : folded;
  const withNames = names ? { ...withFlows, names } : withFlows;
  const withReturns = returns && returns.length > 0 ? { ...withNames, returns } : withNames;
  const withImports = packageImports && packageImports.length > 0 ? { ...withReturns, packageImports } : withReturns;
  return namespaceExports && namespaceExports.length > 0 ? { ...withImports, namespaceExports } : withImports;
}

const BYTE_ORDER_MARK = 0xfeff;

function walkTypeScript(
  file: string,
  text: string,
  adapters: readonly OrmAdapter[],
  facts: Fact[],
  apiClient: boolean,
): { flows?: FlowFacts; names?: NameFacts; returns?: readonly ReturnFact[]; packageImports?: readonly PackageImportFact[]; namespaceExports?: readonly NamespaceExportFact[] } {
  const sourceFile = parse(file, text, facts);
  if (!sourceFile) return {};
  // Parents are set by `setParents`, not by the parser's `setParentNodes` (its generic work queue costs about a tenth of
  // the parse): all of them before the walk, since adapters look up and down from the node they are offered. The
  // walk is then a loop over the nodes in the order it listed them.
  const nodes = setParents(sourceFile);
  const parseDiagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly TS.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const first = parseDiagnostics[0];
  if (first) {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
    facts.push({
      kind: 'diagnostic-fact',
      diagnostic: {
        kind: 'diagnostic',
        code: 'code/syntax-error',
        message: `${file}:${line + 1}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')} (the rest of the file is scanned as recovered)`,
        location: { file, line: line + 1, column: character + 1 },
      },
    });
  }
  const { visitorsOf, callTypers } = gatedAdapters(adapters, text);
  // Several ORMs name their calls alike (`findOne`, `create`): without types, which one a receiver belongs to is
  // known only in the fold, so differing answers are kept as alternatives, the first that resolves wins.
  const context = createExtractContext(file, sourceFile, nodes, (call, ctx) => {
    const found: TypeExpr[] = [];
    // Most calls are typed by one adapter or none: answers are compared (as JSON) only once a second one comes.
    let seen: Set<string> | undefined;
    for (const adapter of callTypers) {
      const type = adapter.typeOfCall!(call, ctx);
      if (!type) continue;
      if (found.length === 0) {
        found.push(type);
        continue;
      }
      seen ??= new Set(found.map((known) => JSON.stringify(known)));
      const key = JSON.stringify(type);
      if (!seen.has(key)) {
        seen.add(key);
        found.push(type);
      }
    }
    return found.length > 1 ? { kind: 'either', of: found } : (found[0] ?? procedureCallResult(call) ?? typedHookResult(call, ctx) ?? contextHookResult(call, ctx) ?? sessionCallResult(call, ctx) ?? methodResult(call, ctx) ?? functionResult(call, ctx));
  }, namedFunctionResult, importedTypeOf(adapters));
  const walk: Walk = {
    file,
    context,
    facts,
    apiClient,
    declared: new Set<string>(),
    refs: [],
    flows: createFlowCollector(context),
    names: createNameCollector(context),
    returns: [],
    packageImports: [],
    namespaceExports: [],
  };
  const { declared, refs, flows, names, returns, packageImports, namespaceExports } = walk;
  for (const node of nodes) {
    const kind = node.kind;
    for (const adapter of visitorsOf[kind]!) {
      const found = adapter.visit!(node, context);
      if (found) for (const fact of found) (fact.kind === 'entity-ref' ? refs : facts).push(fact);
    }
    // Most nodes (identifiers, keywords, punctuation) have none of the roles below: one look at their kind skips them.
    const roles = rolesOf(node);
    if (roles !== 0) visitRoles(node, roles, walk);
  }
  // In a script (no import or export) a name may come from any file's globals: only modules are checked.
  if (ts.isExternalModule(sourceFile)) for (const ref of refs) if (!declared.has(ref.name) && !GLOBALS.has(ref.name)) facts.push(ref);
  const named = names.facts();
  return { flows: flows.facts(), ...(named ? { names: named } : {}), returns, packageImports, namespaceExports };
}

/** What one file's walk collects, beside the adapters' facts. */
interface Walk {
  readonly file: string;
  readonly context: ExtractContext;
  readonly facts: Fact[];
  readonly apiClient: boolean;
  readonly declared: Set<string>;
  readonly refs: EntityRefFact[];
  readonly flows: ReturnType<typeof createFlowCollector>;
  readonly names: ReturnType<typeof createNameCollector>;
  readonly returns: ReturnFact[];
  readonly packageImports: PackageImportFact[];
  readonly namespaceExports: NamespaceExportFact[];
}

/**
 * The walk's own facts of a node whose kind has roles (`rolesOf`): a function of its own, not the walk's loop body,
 * so that V8 optimises the loop once (each first meeting of a rare branch in one large function threw its optimised
 * code away and compiled it again, eight times on the bench).
 */
function visitRoles(node: TS.Node, roles: number, walk: Walk): void {
  const { file, context, facts, returns } = walk;
  if (roles & Role.Declares) {
    const name = declaredName(node);
    if (name !== undefined) walk.declared.add(name);
  }
  const specifier = roles & Role.LoadsModule ? moduleSpecifierOf(node) : undefined;
  if (specifier && isRelative(specifier.text)) {
    facts.push({ kind: 'import', specifier: specifier.text, location: context.locationOf(specifier) });
    if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamespaceExport(node.exportClause)) walk.namespaceExports.push({ name: node.exportClause.name.text, module: modulePath(specifier.text, file) });
  }
  if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.exportClause && ts.isNamedExports(node.exportClause)) walk.namespaceExports.push(...defaultReexportsOf(node, node.exportClause, context));
  else if (specifier && ts.isImportDeclaration(node)) {
    const imported = packageImportOf(node, specifier.text);
    if (imported) walk.packageImports.push(imported);
  }
  if (roles & Role.Site) pushSiteFacts(node, context, facts);
  if ((roles & Role.Returns) !== 0 && node.parent && (ts.isSourceFile(node.parent) || ts.isVariableDeclarationList(node.parent))) {
    const returned = returnFactOf(node, context);
    if (returned) returns.push(returned);
    returns.push(...signatureFactsOf(node, context));
  }
  if (node.kind === ts.SyntaxKind.CallExpression) returns.push(...procedureResults(node as TS.CallExpression, context));
  if (roles & Role.DeclaresShape) {
    facts.push(...shapeFactsOf(node, context));
    if (walk.apiClient) facts.push(...componentSchemaFacts(node, context));
  }
  if (roles & Role.Flows) walk.flows.visit(node);
  if (roles & Role.Names) walk.names.visit(node);
}

/**
 * The names a file exports that are a relative module's default export: `export { default as accountService } from
 * './services/account.service.js'`, or `export { accountService }` of `import accountService from '...'`.
 */
function defaultReexportsOf(node: TS.ExportDeclaration, exported: TS.NamedExports, context: ExtractContext): NamespaceExportFact[] {
  const from = node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : undefined;
  const found: NamespaceExportFact[] = [];
  for (const element of exported.elements) {
    if (element.isTypeOnly) continue;
    const local = (element.propertyName ?? element.name).text;
    const module = node.moduleSpecifier ? (local === 'default' ? from : undefined) : context.importedName(local) === 'default' ? context.importSource(local) : undefined;
    if (module !== undefined && module.startsWith('.')) found.push({ name: element.name.text, module: modulePath(module, context.file), default: true });
  }
  return found;
}

/** The class fact or sites of a node of a `Role.Site` kind: a class, a property access, an object literal, a binding element, a literal type, a type literal. */
function pushSiteFacts(node: TS.Node, context: ExtractContext, facts: Fact[]): void {
  if (ts.isClassDeclaration(node) && node.name) facts.push(classFactOf(node, node.name.text, context));
  else if (ts.isPropertyAccessExpression(node)) {
    const site = propertySiteOf(node, context);
    if (site) facts.push(site);
  } else if (ts.isObjectLiteralExpression(node)) {
    const typed = typedObjectSites(node, context);
    facts.push(...(typed.length > 0 ? typed : argumentObjectSites(node, context)));
  } else if (ts.isBindingElement(node)) {
    const site = bindingSiteOf(node, context);
    if (site) facts.push(site);
  } else if (ts.isLiteralTypeNode(node)) {
    const site = typeKeySiteOf(node, context);
    if (site) facts.push(site);
  } else if (ts.isTypeLiteralNode(node)) {
    const literal = typeLiteralClassFact(node, context);
    if (literal) facts.push(literal);
  }
}

/** `import { A, B as C } from 'pkg'` (types too): the names taken from a bare specifier; none for a default or namespace. */
function packageImportOf(node: TS.ImportDeclaration, specifier: string): PackageImportFact | undefined {
  const bindings = node.importClause?.namedBindings;
  if (!bindings || !ts.isNamedImports(bindings) || bindings.elements.length === 0) return undefined;
  const names = bindings.elements.map((element) => ({ imported: (element.propertyName ?? element.name).text, local: element.name.text }));
  return { specifier, names };
}

/**
 * What each procedure of a tRPC router the call declares returns (`get: publicProcedure.query(async () => { ...;
 * return { ...poll, inviteLink } })`), keyed by its path within the router: a client's `trpc.polls.get.useQuery()`
 * in any file of the service is of that type once the fold has joined the router's mounts.
 */
function procedureResults(call: TS.CallExpression, context: ExtractContext): ReturnFact[] {
  const router = trpcRouterOf(call, context) ?? standaloneProcedureOf(call, context);
  const found: ReturnFact[] = [];
  for (const procedure of router?.procedures ?? []) {
    if (ts.isIdentifier(procedure.resolver)) continue;
    const type = returnedTypeOf(procedure.resolver, context);
    if (type) found.push({ name: procedure.path, type, router: router?.name ?? '' });
    // `return { group }`: the result's fields, each at the procedure's path and its name (`get.group`), as a client
    // indexes them (`RouterOutputs['groups']['get']['group']`, `useQuery().data.group`).
    for (const { field, type: fieldType } of returnedObjectFields(procedure.resolver, context)) {
      found.push({ name: procedure.path === '' ? field : `${procedure.path}.${field}`, type: fieldType, router: router?.name ?? '' });
    }
  }
  return found;
}

/**
 * The file parsed (syntax only), or undefined with a `code/unparseable` warning when it nests deeper than the
 * parser takes: measured before parsing (`nestingBeyond`), so the parser is never handed such a file. The parser
 * also recurses on shapes the measure does not count (a thousand nested type arguments, a run of thousands of
 * unary operators); for those alone, as a last resort, its stack overflow is caught here, around the parser call
 * and nothing else (every walk of the scan itself is iterative).
 */
/** `parse` for a pass that needs only the tree: a file the scan cannot parse is one it reports as `code/unparseable`. */
export function parseSource(file: string, text: string): TS.SourceFile | undefined {
  return parse(file, text, []);
}

function parse(file: string, text: string, facts: Fact[]): TS.SourceFile | undefined {
  const unparseable = (reason: string, line: number, column?: number): undefined => {
    const message = `${file}:${line}: ${reason}; the file is not scanned`;
    const location = column === undefined ? { file, line } : { file, line, column };
    facts.push({ kind: 'diagnostic-fact', diagnostic: { kind: 'diagnostic', code: 'code/unparseable', message, location } });
    return undefined;
  };
  // A Vue component is its `<script>` blocks, in place (`vueScriptText`).
  const vue = file.endsWith('.vue') ? vueScriptText(text) : undefined;
  if (vue) text = vue.text;
  const nesting = nestingBeyond(text);
  if (nesting) {
    return unparseable(`nesting depth ${nesting.depth} at line ${nesting.line} is beyond the ${MAX_NESTING} levels the TypeScript parser is given`, nesting.line, nesting.column);
  }
  const kind = vue ? vue.kind : /\.(tsx|jsx)$/.test(file) ? ts.ScriptKind.TSX : /\.(js|mjs|cjs)$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  // No adapter reads JSDoc: skipping it saves about a twentieth of the parse.
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  try {
    return ts.createSourceFile(file, withoutFlowTypes(file, text) ?? text, options, false, kind);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return unparseable(`the TypeScript parser ran out of stack on a nesting the depth measure does not count (${error.message})`, 1);
  }
}

/** Global constructors an adapter may meet where it expects a model (`@Field(() => String)`): never models. */
const GLOBALS = new Set(
  ('Object String Number Boolean Date Array Map Set WeakMap WeakSet Buffer BigInt Symbol Promise JSON Function Error RegExp Math Reflect ' +
    'Proxy Intl URL URLSearchParams Uint8Array ArrayBuffer DataView Blob FormData Headers Request Response AbortController TextEncoder TextDecoder')
    .split(' '),
);

/** Whether a node declares a name in the file: an import, class, interface, type, enum, function, variable or parameter. */
const declaresName = byKind(
  (node) =>
    ts.isImportClause(node) ||
    ts.isImportSpecifier(node) ||
    ts.isNamespaceImport(node) ||
    ts.isImportEqualsDeclaration(node) ||
    ts.isClassLike(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isTypeAliasDeclaration(node) ||
    ts.isEnumDeclaration(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isVariableDeclaration(node) ||
    ts.isParameter(node) ||
    ts.isBindingElement(node) ||
    ts.isTypeParameterDeclaration(node) ||
    ts.isModuleDeclaration(node),
);

/** Whether a node can declare a shape: an interface, type alias, class or variable (see `shapeFactsOf`). */
const mayDeclareShape = byKind(
  (node) => ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node) || ts.isVariableDeclaration(node),
);

/** Whether a node can be a top-level function (see `returnFactOf`). */
const mayReturn = byKind((node) => ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node) || ts.isClassDeclaration(node));

/** What the walk may do with a node, by its kind alone: each bit a test below (`rolesOf`). */
const Role = {
  Declares: 1,
  LoadsModule: 2,
  /** A class, property access, object literal, binding element, literal type or type literal: a site or class fact. */
  Site: 4,
  Returns: 8,
  DeclaresShape: 16,
  Flows: 32,
  Names: 64,
} as const;

const SITE_KINDS: ReadonlySet<TS.SyntaxKind> = new Set([
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.PropertyAccessExpression,
  ts.SyntaxKind.ObjectLiteralExpression,
  ts.SyntaxKind.BindingElement,
  ts.SyntaxKind.LiteralType,
  ts.SyntaxKind.TypeLiteral,
]);

/** The walk's roles of a node's kind, answered once per kind (`Role`); 0 for most nodes. */
const roleTable = new Uint8Array(ts.SyntaxKind.Count);
const ROLES_KNOWN = 128;

function rolesOf(node: TS.Node): number {
  const known = roleTable[node.kind]!;
  if (known) return known & ~ROLES_KNOWN;
  const roles =
    (declaresName(node) ? Role.Declares : 0) |
    (mayLoadModule(node) ? Role.LoadsModule : 0) |
    (SITE_KINDS.has(node.kind) ? Role.Site : 0) |
    (mayReturn(node) ? Role.Returns : 0) |
    (mayDeclareShape(node) ? Role.DeclaresShape : 0) |
    (mayFlow(node) ? Role.Flows : 0) |
    (mayName(node) ? Role.Names : 0);
  roleTable[node.kind] = roles | ROLES_KNOWN;
  return roles;
}

/** Whether a node is of a kind that can load a module (see `moduleSpecifierOf`). */
const mayLoadModule = byKind(
  (node) => ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isExternalModuleReference(node) || ts.isCallExpression(node) || ts.isImportTypeNode(node),
);

/** The name a node declares in the file. */
function declaredName(node: TS.Node): string | undefined {
  if (!declaresName(node)) return undefined;
  const name = (node as TS.Node & { readonly name?: TS.Node }).name;
  return name && ts.isIdentifier(name) ? name.text : undefined;
}

/** The module a node loads: `import`/`export ... from`, `import x = require()`, `require()`, `import()`, `import('x').T`. */
function moduleSpecifierOf(node: TS.Node): TS.StringLiteralLike | undefined {
  if (!mayLoadModule(node)) return undefined;
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) return node.moduleSpecifier;
  if (ts.isExternalModuleReference(node) && ts.isStringLiteralLike(node.expression)) return node.expression;
  if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0]!)) {
    const callee = node.expression;
    if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) return node.arguments[0];
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) return node.argument.literal;
  return undefined;
}

function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/** What a file's walk offers its nodes to: for each syntax kind the adapters whose `visit` answers for it, and those that type calls. */
interface GatedAdapters {
  readonly visitorsOf: readonly (readonly OrmAdapter[])[];
  readonly callTypers: readonly OrmAdapter[];
}

/** The tables of an adapter list, by which of its adapters' `needs` the file lacks (a bit each, in registry order). */
const gatedTables = new WeakMap<readonly OrmAdapter[], Map<number, GatedAdapters>>();

/** An escape in a string or a name (`\u0073`, `\x73`, `\163`): its words may be spelled otherwise than in the text. */
const ESCAPE = /\\[ux0-9]/;

/**
 * The adapters a file's nodes are offered to, in registry order: an adapter whose `needs.words` the text does not
 * contain is not offered the `needs.kinds` (or any of its kinds), nor asked to type calls. A text with an escape
 * lacks nothing.
 */
function gatedAdapters(adapters: readonly OrmAdapter[], text: string): GatedAdapters {
  let lacking = 0;
  if (!ESCAPE.test(text)) adapters.forEach((adapter, index) => void (index < 31 && adapter.needs && !adapter.needs.words.test(text) && (lacking |= 1 << index)));
  let tables = gatedTables.get(adapters);
  if (!tables) gatedTables.set(adapters, (tables = new Map()));
  let gated = tables.get(lacking);
  if (!gated) {
    const lacks = (index: number): boolean => (lacking & (1 << index)) !== 0;
    const offered = (adapter: OrmAdapter, index: number, kind: number): boolean =>
      adapter.visit !== undefined && (!adapter.kinds || adapter.kinds.includes(kind)) && !(lacks(index) && (!adapter.needs!.kinds || adapter.needs!.kinds.includes(kind)));
    gated = {
      visitorsOf: Array.from({ length: ts.SyntaxKind.Count }, (_, kind) => adapters.filter((adapter, index) => offered(adapter, index, kind))),
      callTypers: adapters.filter((adapter, index) => adapter.typeOfCall && !lacks(index)),
    };
    tables.set(lacking, gated);
  }
  return gated;
}

/** What a name imported from an ORM's module stands for, by the first adapter that knows (`OrmAdapter.typeOfImport`). */
function importedTypeOf(adapters: readonly OrmAdapter[]): (imported: string, module: string) => TypeExpr | undefined {
  const typers = adapters.filter((adapter) => adapter.typeOfImport);
  return (imported, module) => {
    for (const adapter of typers) {
      const type = adapter.typeOfImport!(imported, module);
      if (type) return type;
    }
    return undefined;
  };
}

/** `customer.email`, `this.order.customer.email = x`: a property read or write on a typed receiver. */
function propertySiteOf(node: TS.PropertyAccessExpression, context: ExtractContext): Fact | undefined {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.expression === node) return undefined;
  const owner = context.typeOf(node.expression);
  if (!owner) return undefined;
  const symbol = context.symbolOf(node);
  return {
    kind: 'property-site',
    owner,
    path: [node.name.text],
    access: context.accessOf(node),
    location: context.locationOf(node.name),
    ...(symbol === undefined ? {} : { symbol }),
  };
}

/**
 * `const { email } = customer`, `({ email, fullName }: Customer) => ...`: a field destructured from a typed value is
 * read as `customer.email` is. The bound name's type is the holder's member; a nested pattern or a rest element is not.
 */
function bindingSiteOf(node: TS.BindingElement, context: ExtractContext): Fact | undefined {
  if (node.dotDotDotToken || !ts.isObjectBindingPattern(node.parent) || !ts.isIdentifier(node.name)) return undefined;
  const bound = context.typeOf(node.name);
  if (bound?.kind !== 'member') return undefined;
  const symbol = context.symbolOf(node);
  return {
    kind: 'property-site',
    owner: bound.of,
    path: [bound.property],
    access: 'read',
    location: context.locationOf(node.propertyName ?? node.name),
    ...(symbol === undefined ? {} : { symbol }),
  };
}

/** How many nested unions a key literal may stand in (`'a' | ('b' | 'c')`): a fixed bound on the walk up. */
const MAX_KEY_UNION_DEPTH = 4;

/**
 * A field of a type named as a string literal type: `Pick<Customer, 'email'>`, `Omit<User, 'email' | 'name'>`, a
 * project's own `OptionalExcluding<User, "email">` (a literal argument after the type it keys, the first argument),
 * and `Customer['email']`. A rename breaks each at compile time, so each is read as `customer.email` is; the fold
 * decides whether the literal is a field of a model at all (`Extract<Kind, 'email'>` keys no model).
 */
function typeKeySiteOf(node: TS.LiteralTypeNode, context: ExtractContext): Fact | undefined {
  if (!ts.isStringLiteral(node.literal)) return undefined;
  let key: TS.TypeNode = node;
  for (let depth = 0; depth < MAX_KEY_UNION_DEPTH && (ts.isUnionTypeNode(key.parent) || ts.isParenthesizedTypeNode(key.parent)); depth += 1) key = key.parent;
  const holder = key.parent;
  let keyed: TS.TypeNode | undefined;
  if (ts.isIndexedAccessTypeNode(holder) && holder.indexType === key) keyed = holder.objectType;
  else if (ts.isTypeReferenceNode(holder) && holder.typeArguments && holder.typeArguments.indexOf(key) > 0) keyed = holder.typeArguments[0];
  const owner = keyed && (ts.isTypeReferenceNode(keyed) || ts.isIndexedAccessTypeNode(keyed)) ? context.typeOfNode(keyed) : undefined;
  if (!owner) return undefined;
  const symbol = context.symbolOf(node);
  const omitted = ts.isTypeReferenceNode(holder) && ts.isIdentifier(holder.typeName) && holder.typeName.text === 'Omit';
  return {
    kind: 'property-site',
    owner,
    path: [node.literal.text],
    access: 'read',
    location: context.locationOf(node.literal),
    ...(symbol === undefined ? {} : { symbol }),
    ...(omitted ? { mayBeAbsent: true as const } : {}),
  };
}

/** Array methods whose result is the array they are called on, filtered or reordered. */
const SAME_ARRAY = new Set(['filter', 'slice', 'sort', 'reverse', 'toSorted', 'toReversed', 'concat']);

/**
 * A call no ORM explains, on a typed receiver: `this.accountService.accounts({...})` gives what the method's declared
 * return type says (a member `accounts()` the fold looks up in the class fact, across files); `rows.filter(...)` the
 * rows themselves.
 */
function methodResult(call: TS.CallExpression, context: ExtractContext): TypeExpr | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const of = context.typeOf(callee.expression);
  // Only on receivers a declaration types (a parameter, a class member): a module's value (`sequelize.define(...)`)
  // and an ORM's rows are the adapters' to type, and a const they leave untyped is named after itself.
  if (of?.kind !== 'name' && of?.kind !== 'member') return undefined;
  return SAME_ARRAY.has(callee.name.text) ? of : { kind: 'member', of, property: methodKey(callee.name.text) };
}

/** A parameter typed by one of its method's type parameters (`args: T` with `<T extends Prisma.XFindManyArgs>`): the constraint. */
function constrainedType(type: TS.TypeNode, method: TS.MethodDeclaration): TS.TypeNode {
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return type;
  const name = type.typeName.text;
  return method.typeParameters?.find((parameter) => parameter.name.text === name)?.constraint ?? type;
}

/** The class fact's key for what a method returns: `accounts()`, never a property's name. */
function methodKey(name: string): string {
  return `${name}()`;
}

/** The property types of a type literal where a type stands, under its `typeLiteralKey`; none when no property has a named type. */
function typeLiteralClassFact(node: TS.TypeLiteralNode, context: ExtractContext): ClassFact | undefined {
  const properties: Record<string, TypeExpr> = {};
  for (const member of node.members) {
    const key = ts.isPropertySignature(member) ? propertyNameOf(member.name) : undefined;
    const type = ts.isPropertySignature(member) && member.type ? context.typeOfNode(member.type) : undefined;
    if (key !== undefined && type) properties[key] = type;
  }
  return Object.keys(properties).length > 0 ? { kind: 'class', name: typeLiteralKey(node, context.file), properties } : undefined;
}

/** `this.name = value` statements of a class's constructor body, the first per name. */
function constructorAssignments(node: TS.ClassDeclaration): ReadonlyMap<string, TS.Expression> {
  const assigned = new Map<string, TS.Expression>();
  const constructor = node.members.find(ts.isConstructorDeclaration);
  for (const statement of constructor?.body?.statements ?? []) {
    const expression = ts.isExpressionStatement(statement) ? statement.expression : undefined;
    if (!expression || !ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
    const target = expression.left;
    if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword && !assigned.has(target.name.text)) assigned.set(target.name.text, expression.right);
  }
  return assigned;
}

function classFactOf(node: TS.ClassDeclaration, name: string, context: ExtractContext): ClassFact {
  const properties: Record<string, TypeExpr> = {};
  const assigned = constructorAssignments(node);
  for (const member of node.members) {
    if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name)) {
      // `private storeRepository;` with `this.storeRepository = dataSource.getRepository(Store)` in the constructor.
      const value = member.initializer ?? assigned.get(member.name.text);
      const type = member.type ? context.typeOfNode(member.type) : value ? context.typeOf(value) : undefined;
      if (type) properties[member.name.text] = type;
    }
    // `get sequencer(): Sequencer`: read as a property is.
    if (ts.isGetAccessor(member) && ts.isIdentifier(member.name) && member.type) {
      const type = context.typeOfNode(member.type);
      if (type) properties[member.name.text] ??= type;
    }
    // `public async accounts(): Promise<Account[]>`: what a call of the method gives, under the key `accounts()`.
    // Without a declared type, what it returns: `return this.prisma.customer.findUnique(...)`.
    if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name)) {
      const type = returnedTypeOf(member, context);
      if (type) properties[methodKey(member.name.text)] = type;
      // `findMany(args: Prisma.SelectSubset<T, Prisma.AlertFindManyArgs>)`: what a caller's object there queries.
      // `deleteWorkflowDefinitionById(id, args: Parameters<WorkflowDefinitionRepository['deleteById']>[1])`: the
      // repository method's parameter, which it hands the object on to.
      member.parameters.forEach((parameter, index) => {
        const declared = parameter.type && constrainedType(parameter.type, member);
        const model = declared && (prismaArgsModel(declared) ?? forwardedParameterType(declared, name, context.typeKey));
        if (model) properties[parameterKey((member.name as TS.Identifier).text, index)] = model;
      });
    }
    if (ts.isConstructorDeclaration(member)) {
      for (const parameter of member.parameters) {
        if (ts.isIdentifier(parameter.name) && parameter.type && ts.getModifiers(parameter)?.length) {
          const type = context.typeOfNode(parameter.type);
          if (type) properties[parameter.name.text] = type;
        }
      }
    }
  }
  const base = node.heritageClauses
    ?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
    ?.types[0]?.expression;
  // `export class ImportDataDto { orders: Order[] }`: a DTO class holding a model's rows whole.
  const carries = carriedType(node, context);
  return { kind: 'class', name, properties, ...(base && ts.isIdentifier(base) ? { base: base.text } : {}), ...(carries ? { carries } : {}) };
}

function foldFacts(file: string, facts: readonly Fact[]): FileFacts {
  const diagnostics: Diagnostic[] = [];
  const result = { file, models: [], classes: [], sites: [], settings: [], diagnostics, imports: [], entityRefs: [], shapes: [] } as {
    file: string;
    shapes: ShapeFact[];
    rowTypes?: RowTypeFact[];
    imports: ImportFact[];
    entityRefs: EntityRefFact[];
    models: FileFacts['models'][number][];
    classes: ClassFact[];
    sites: FileFacts['sites'][number][];
    settings: FileFacts['settings'][number][];
    diagnostics: Diagnostic[];
  };
  for (const fact of facts) {
    if (fact.kind === 'model') result.models.push(fact);
    else if (fact.kind === 'class') result.classes.push(fact);
    else if (fact.kind === 'setting') result.settings.push(fact);
    else if (fact.kind === 'diagnostic-fact') diagnostics.push(fact.diagnostic);
    else if (fact.kind === 'import') result.imports.push(fact);
    else if (fact.kind === 'entity-ref') result.entityRefs.push(fact);
    else if (fact.kind === 'shape') result.shapes.push(fact);
    else if (fact.kind === 'row-type') (result.rowTypes ??= []).push(fact);
    else result.sites.push(fact);
  }
  return result;
}
