import type { Location } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import { byKind } from './by-kind.js';
import { decoratorsOf, propertyNameOf, propertyValue } from './decorators-of.js';
import type { ExtractContext } from './extract-context.js';
import { plainTypeName, type TypeExpr } from '../facts/file-facts.js';
import { argumentKey, PACKAGE_CALLEE, placeOf, siteKey, type ContractOperation, type FlowEdge, type FlowFacts, type HandlerFact, type MutationHookFact, type ParameterFieldFact, type RequestRouteFact, type RouterMount, type TypedValueFact } from '../facts/flow-facts.js';
import { joinPaths, routeHandlerOf, type RouteCall } from './route-handlers.js';
import { contractOperationOf, pathsOperationsOf } from './contract-operations.js';
import { unwrapped } from './shape-facts.js';
import { pickedFrom } from './read-query-object.js';
import { calleeNameOf } from './graphql-types-of.js';
import { modulePath } from './function-results.js';
import { defaultModuleNode, moduleOfFile } from '../resolve/module-file.js';
import { isProcedureResolver, trpcRouterOf } from './trpc-procedures.js';
import { mutationCallOf, mutationHookOf, mutationHookPath } from './trpc-mutations.js';
import { credentialsAuthorizeOf, isCredentialsAuthorize, nextApiRoutePath, requestBodyOf } from './request-bodies.js';

/** How many expressions one value is traced back through, in its file: a value built from more is cut there. */
const MAX_VALUE_STEPS = 64;
/** How deep a field path is kept: a longer one is cut (no body field is joined through more). */
export const MAX_FLOW_PATH = 8;

export interface FlowCollector {
  /** Offered every node of the walk (see `mayFlow`). */
  visit(node: TS.Node): void;
  facts(): FlowFacts;
}

/** Whether a node can start a flow fact: only these kinds are offered to the collector. */
export const mayFlow = byKind(
  (node) =>
    ts.isObjectLiteralExpression(node) ||
    ts.isReturnStatement(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isBinaryExpression(node) ||
    ts.isCallExpression(node) ||
    ts.isVariableDeclaration(node) ||
    ts.isClassDeclaration(node) ||
    ts.isExportAssignment(node) ||
    ts.isJsxSelfClosingElement(node) ||
    ts.isJsxOpeningElement(node),
);

/**
 * The kinds `valueKeys` takes a key from or looks through: any other value (a literal, a function) is built of nothing
 * it follows, and is answered without its stack.
 */
const KEYED_KINDS: ReadonlySet<TS.SyntaxKind> = new Set([
  // Looked through:
  ts.SyntaxKind.ParenthesizedExpression, ts.SyntaxKind.AwaitExpression, ts.SyntaxKind.NonNullExpression, ts.SyntaxKind.AsExpression,
  ts.SyntaxKind.SatisfiesExpression, ts.SyntaxKind.TypeAssertionExpression,
  // Followed or keyed:
  ts.SyntaxKind.Identifier, ts.SyntaxKind.ThisKeyword, ts.SyntaxKind.PropertyAccessExpression, ts.SyntaxKind.ElementAccessExpression,
  ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression, ts.SyntaxKind.ConditionalExpression, ts.SyntaxKind.BinaryExpression,
  ts.SyntaxKind.TemplateExpression, ts.SyntaxKind.ObjectLiteralExpression, ts.SyntaxKind.ArrayLiteralExpression, ts.SyntaxKind.SpreadElement,
]);

/** Names a handler's first parameter has when it is the request (`req.body`) or the framework's context (`ctx.body`). */
const REQUEST_PARAMETER = /^(req|request|ctx|context|c)$/;
/** Calls that send a response body: `res.json(x)`, `res.status(201).send(x)`, `reply.send(x)`, `c.json(x)`. */
const RESPONSE_CALL = /^(json|send|jsonp)$/;
/** Comparison operators of query builders taking `(column, value)`: drizzle's `eq(t.col, v)`, `ilike`, `inArray`. */
const COMPARISON_CALL = /^(eq|ne|gt|gte|lt|lte|like|ilike|notLike|notIlike|inArray|notInArray)$/;
/** Module specifiers of the service's own code: relative, or a path alias (`@/lib/x`, `~/x`, `#lib/x`, `src/x`). */
export const LOCAL_MODULE = /^(\.{1,2}\/|\.$|@\/|~\/|#|src\/)/;
/** Array and promise methods whose result is (elements of) the receiver. */
const SAME_VALUE_METHODS = /^(filter|find|findLast|slice|sort|reverse|concat|at|flat|toSorted|toReversed)$/;
/** Links of a query builder chain whose rows are those of the chain before them: drizzle's `.from(t).where(...)`. */
const BUILDER_LINKS = /^(from|where|orderBy|limit|offset|groupBy|having|innerJoin|leftJoin|rightJoin|fullJoin|execute|\$dynamic)$/;
/** Calls whose rows carry the fields of the object they are given: drizzle's `select({ cron: t.cronExpression })`. */
const SELECTION_METHODS = /^(select|returning|selectDistinct)$/;
/** Calls that wrap a React component and return it: `memo(Card)`, `React.forwardRef(...)`, MobX's `observer(...)`. */
const COMPONENT_WRAPPERS = /^(memo|forwardRef|observer)$/;
/** Calls whose result is what their callback returns. */
const CALLBACK_METHODS = /^(map|flatMap|then)$/;

/**
 * Reads how values move in one file, syntactically: each object literal's properties from the values they are
 * built of, returns into their function, `x.p = v`, typed declarations, response calls, and the routes the file
 * declares (NestJS controllers, Express-style route calls). A value is traced back through locals, destructuring,
 * receivers, callbacks and casts (`valueKeys`), on an explicit stack of at most `MAX_VALUE_STEPS` expressions.
 */
/** The calls an edge leaves and enters, as `edge` keys them, when it does neither (most edges). */
const NEITHER_CALL = '\u0000';

export function createFlowCollector(context: ExtractContext): FlowCollector {
  const edges: FlowEdge[] = [];
  const handlers: HandlerFact[] = [];
  const mounts: RouterMount[] = [];
  const contracts: ContractOperation[] = [];
  const mutationHooks: MutationHookFact[] = [];
  const parameterFields: ParameterFieldFact[] = [];
  const typedValues: TypedValueFact[] = [];
  const requestRoutes: RequestRouteFact[] = [];
  // A Next.js API route's file: its default export reads the body of requests to its path.
  const nextApiPath = nextApiRoutePath(context.file);
  // The edges made, by source, then target, then the calls they leave and enter (`NEITHER_CALL` for neither): a lookup in the
  // keys already held, where one string of all four, each a file's path and place, was built for every edge offered.
  const seen = new Map<string, Map<string, string | Set<string>>>();
  // The call each function result key of a value comes from (`valueKeys`' `calls`): one map for the collector,
  // cleared for each value whose edges are made, not one per value.
  const calls = new Map<string, string | null>();
  /** An edge; `returns` and `enters` name the calls it leaves and enters a function through (`FlowEdge`). */
  const edge = (from: string, to: string, location: Location, returns?: string, enters?: string): void => {
    if (from === to) return;
    const through = returns === undefined && enters === undefined ? NEITHER_CALL : `${returns ?? ''}\u0000${enters ?? ''}`;
    let targets = seen.get(from);
    if (!targets) seen.set(from, (targets = new Map()));
    const known = targets.get(to);
    if (known === undefined) targets.set(to, through);
    else if (typeof known === 'string') {
      if (known === through) return;
      targets.set(to, new Set([known, through]));
    } else {
      if (known.has(through)) return;
      known.add(through);
    }
    edges.push({ from, to, location, ...(returns === undefined ? {} : { returns }), ...(enters === undefined ? {} : { enters }) });
  };
  /**
   * Edges from the keys `value` is built of to each target (a call's result marked with its call). Most values are
   * built of nothing (a literal, an untyped parameter): the edges' place and targets are only made, by `at` and `to`,
   * when there are keys. `enters`: the call whose argument `value` is, when the targets are its parameters.
   */
  const edgesTo = (value: TS.Expression, to: (location: Location) => readonly string[], at: () => Location, enters?: string, keys?: readonly string[]): void => {
    // `keys`: the value's keys when the caller has just walked them, `calls` still theirs.
    if (keys === undefined) calls.clear();
    const from = keys ?? valueKeys(value, calls);
    if (from.length === 0) return;
    const location = at();
    for (const target of to(location)) for (const source of from) edge(source, target, location, calls.get(source) ?? undefined, enters);
  };

  return {
    visit(node) {
      if (ts.isObjectLiteralExpression(node)) {
        objectLiteralEdges(node);
        if (!isNestedLiteral(node)) contracts.push(...pathsOperationsOf(node, context));
      }
      else if (ts.isReturnStatement(node)) {
        const owner = enclosingFunction(node);
        if (node.expression && owner) edgesTo(node.expression, () => [`n:fn:${functionIdOf(owner)}#`], () => context.locationOf(node));
      } else if (ts.isBinaryExpression(node)) assignmentEdges(node);
      else if (ts.isCallExpression(node)) callFacts(node);
      else if (ts.isVariableDeclaration(node)) {
        const type = node.type && namedType(context.typeOfNode(node.type));
        if (type && node.initializer) edgesTo(node.initializer, () => [`n:type:${type}#`], () => context.locationOf(node.name));
      } else if (ts.isClassDeclaration(node)) {
        handlers.push(...nestHandlersOf(node));
        overrideEdges(node);
      } else if (ts.isExportAssignment(node) && !node.isExportEquals) defaultInstanceEdges(node);
      else if (ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) jsxAttributeEdges(node);
      if (ts.isArrowFunction(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node)) parameterFieldsOf(node);
      if (nextApiPath !== undefined && (ts.isFunctionDeclaration(node) || ts.isExportAssignment(node))) nextApiRouteOf(node, nextApiPath);
      if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
        const body = node.body;
        edgesTo(body, () => [`n:fn:${functionIdOf(node)}#`], () => context.locationOf(body));
      }
      if (ts.isFunctionLike(node) && 'type' in node && node.type) {
        const type = namedType(context.typeOfNode(node.type));
        if (type) edge(`n:fn:${functionIdOf(node as TS.SignatureDeclaration)}#`, `n:type:${type}#`, context.locationOf(node.type));
      }
    },
    facts: () => ({
      edges,
      handlers,
      ...(mounts.length > 0 ? { mounts } : {}),
      ...(contracts.length > 0 ? { contracts } : {}),
      ...(mutationHooks.length > 0 ? { mutationHooks } : {}),
      ...(parameterFields.length > 0 ? { parameterFields } : {}),
      ...(typedValues.length > 0 ? { typedValues } : {}),
      ...(requestRoutes.length > 0 ? { requestRoutes } : {}),
    }),
  };

  /** `{ email: account.contactEmail, ...base, owner: { id } }`: each key from its value; nested literals are paths. */
  function objectLiteralEdges(node: TS.ObjectLiteralExpression): void {
    if (isNestedLiteral(node)) return;
    let literal: string | undefined;
    const literalKey = (path: readonly string[]): string => nodeKey((literal ??= `lit:${placeOf(context.locationOf(node))}`), path);
    const stack: { object: TS.ObjectLiteralExpression; prefix: readonly string[] }[] = [{ object: node, prefix: [] }];
    for (let item = stack.pop(); item; item = stack.pop()) {
      for (const property of item.object.properties) {
        if (ts.isSpreadAssignment(property)) {
          const prefix = item.prefix;
          calls.clear();
          const spreadKeys = valueKeys(property.expression, calls);
          edgesTo(property.expression, () => [literalKey(prefix)], () => context.locationOf(property), undefined, spreadKeys);
          const spread = unwrapped(property.expression);
          if (ts.isIdentifier(spread) || ts.isPropertyAccessExpression(spread)) {
            const at = context.locationOf(spread);
            // `data: { ...data, userId }`: a parameter's whole value, where the adapter reads a row written.
            for (const source of spread === property.expression ? spreadKeys : valueKeys(spread)) if (source.startsWith('n:param:')) edge(source, siteKey(at), at);
            typedValue(spread, literalKey(prefix), at);
          }
          continue;
        }
        if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
        const key = propertyNameOf(property.name);
        if (key === undefined) continue;
        const path = [...item.prefix, key];
        if (path.length > MAX_FLOW_PATH) continue;
        const value = ts.isPropertyAssignment(property) ? unwrapped(property.initializer) : property.name;
        if (ts.isObjectLiteralExpression(value)) stack.push({ object: value, prefix: path });
        else if (ts.isArrayLiteralExpression(value) && value.elements.some(ts.isObjectLiteralExpression)) {
          for (const element of value.elements) if (ts.isObjectLiteralExpression(element)) stack.push({ object: element, prefix: path });
        } else {
          calls.clear();
          const from = valueKeys(value, calls);
          if (from.length > 0) {
            const location = context.locationOf(property.name);
            for (const target of [literalKey(path), siteKey(location)]) for (const source of from) edge(source, target, location, calls.get(source) ?? undefined);
            // `{ data: dto }`: a parameter's whole value, at the place an adapter may read as a row written or matched.
            if (ts.isIdentifier(value) || ts.isPropertyAccessExpression(value)) {
              const at = context.locationOf(value);
              for (const source of from) if (source.startsWith('n:param:')) edge(source, siteKey(at), at);
              if (ts.isIdentifier(value)) typedValue(value, siteKey(at), at);
            }
          }
        }
      }
    }
  }

  /** Records `value` as a `TypedValueFact` at `node` when its declared type is known (`typedValueOf`). */
  function typedValue(value: TS.Expression, node: string, location: Location): void {
    const typed = typedValueOf(value, context);
    if (typed) typedValues.push({ type: typed.type, ...(typed.omit.length > 0 ? { omit: typed.omit } : {}), node, location });
  }

  /** `dto.email = account.contactEmail`, `this.email = x`, Koa's `ctx.body = x`. */
  function assignmentEdges(node: TS.BinaryExpression): void {
    if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
    const left = node.left;
    if (!ts.isPropertyAccessExpression(left)) return;
    const property = left.name.text;
    const location = context.locationOf(left.name);
    const targets = [siteKey(location)];
    if (property === 'body' && ts.isIdentifier(left.expression) && /^(ctx|context)$/.test(left.expression.text)) {
      const owner = parameterOwner(left.expression);
      if (owner) targets.push(`n:fn:${functionIdOf(owner)}#`);
    }
    for (const key of valueKeys(left.expression)) if (key.startsWith('n:')) targets.push(appendPath(key, [property]));
    edgesTo(node.right, () => targets, () => location);
  }

  function callFacts(node: TS.CallExpression): void {
    const callee = node.expression;
    const router = trpcRouterOf(node, context);
    if (router) {
      mounts.push(...router.mounts);
      for (const procedure of router.procedures) {
        const id = ts.isIdentifier(procedure.resolver) ? procedure.resolver.text : functionIdOf(procedure.resolver);
        handlers.push({
          framework: 'trpc',
          method: procedure.method,
          path: procedure.path,
          symbol: router.name === undefined ? procedure.path : `${router.name}.${procedure.path}`,
          location: procedure.location,
          response: [`fn:${id}`, ...procedure.output.map((schema) => `type:${schema}`)],
          request: [`body:${id}`],
          router: router.name ?? '',
          ...(procedure.input.length > 0 ? { inputs: procedure.input } : {}),
        });
      }
      return;
    }
    argumentEdges(node);
    const credentials = credentialsAuthorizeOf(node, context);
    if (credentials) requestRoutes.push({ target: `auth:${credentials.provider}`, body: `body:${functionIdOf(credentials.authorize)}` });
    const hookPath = mutationHookPath(node);
    const hook = hookPath === undefined ? undefined : mutationHookOf(node, hookPath);
    if (hook) mutationHooks.push(hook);
    if (ts.isIdentifier(callee) && COMPARISON_CALL.test(callee.text)) return comparisonEdges(node);
    const contract = contractOperationOf(node, context);
    if (contract) contracts.push(contract);
    if (!ts.isPropertyAccessExpression(callee)) return;
    const first = node.arguments[0];
    // `User.parse(row)`: the value validated by a zod schema is that schema's.
    const schema = parsingSchema(node);
    if (schema && first) edgesTo(first, () => [nodeKey(parsedNode(schema, node), [])], () => context.locationOf(callee.name));
    if (RESPONSE_CALL.test(callee.name.text) && first) {
      const root = receiverRoot(callee.expression);
      const owner = root && /^(res|response|reply|c|ctx)$/.test(root.text) ? parameterOwner(root) : undefined;
      if (owner) edgesTo(first, () => [`n:fn:${functionIdOf(owner)}#`], () => context.locationOf(node));
    }
    const route = routeHandlerOf(node, context) ?? openApiRouteOf(node);
    if (route) {
      const id = ts.isIdentifier(route.handler) ? route.handler.text : functionIdOf(route.handler);
      const { request, response } = route.schemas;
      handlers.push({
        framework: route.framework,
        method: route.method,
        path: route.path,
        symbol: ts.isIdentifier(route.handler) ? route.handler.text : `${route.method} ${route.path}`,
        location: context.locationOf(node),
        response: [`fn:${id}`],
        request: [`body:${id}`],
        ...(request.length > 0 ? { inputs: request } : {}),
        ...(response.length > 0 ? { outputs: response } : {}),
      });
    }
  }

  /**
   * A component's JSX element is a call with one object: `<ImageViewer screenShieldPercentage={link.x} />` hands
   * `link.x` to `n:param:ImageViewer:0#screenShieldPercentage` (a component the file declares or imports from the
   * service, as `calleeIdOf` finds a function), and `{...link}` hands the whole value. Intrinsic elements (`<div>`)
   * and members of a namespace (`<Dialog.Title>`) are no function of the service: nothing.
   */
  function jsxAttributeEdges(node: TS.JsxSelfClosingElement | TS.JsxOpeningElement): void {
    const tag = node.tagName;
    if (!ts.isIdentifier(tag) || !/^[A-Z]/.test(tag.text) || node.attributes.properties.length === 0) return;
    const component = functionNamed(tag);
    if (component === undefined) return;
    const parameter = `param:${component}:0`;
    for (const attribute of node.attributes.properties) {
      if (ts.isJsxSpreadAttribute(attribute)) {
        edgesTo(attribute.expression, () => [nodeKey(parameter, [])], () => context.locationOf(attribute.expression));
        continue;
      }
      if (!ts.isIdentifier(attribute.name) || !attribute.initializer || !ts.isJsxExpression(attribute.initializer) || !attribute.initializer.expression) continue;
      const key = attribute.name.text;
      edgesTo(attribute.initializer.expression, () => [nodeKey(parameter, [key])], () => context.locationOf(attribute.name));
    }
  }

  /**
   * Where each field of a named function's parameters is declared: the names a parameter destructures (`({ a, b:
   * { c } }) => ...` gives `#a` and `#b.c`), or the members of the interface or type literal of the file a parameter
   * is typed with (`(props: Props)`, `({ ...rest }: Props)`).
   */
  function parameterFieldsOf(node: TS.SignatureDeclaration): void {
    if (node.parameters.length === 0) return;
    const id = functionIdOf(node);
    if (id.startsWith('@')) return;
    node.parameters.forEach((parameter, index) => {
      const owner = `param:${id}:${index}`;
      // A parameter taken whole under a name (`getPreviewUrl(bucket: string)`): the value it is given, named.
      if (ts.isIdentifier(parameter.name)) parameterFields.push({ key: nodeKey(owner, []), name: parameter.name.text, location: context.locationOf(parameter.name) });
      const declared = new Set<string>();
      const stack: { pattern: TS.BindingName; path: readonly string[] }[] = [{ pattern: parameter.name, path: [] }];
      for (let item = stack.pop(); item; item = stack.pop()) {
        if (!ts.isObjectBindingPattern(item.pattern) || item.path.length >= MAX_FLOW_PATH) continue;
        for (const element of item.pattern.elements) {
          if (element.dotDotDotToken) continue;
          const name = element.propertyName ?? element.name;
          const field = ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
          if (field === undefined) continue;
          const path = [...item.path, field];
          if (ts.isObjectBindingPattern(element.name)) stack.push({ pattern: element.name, path });
          else {
            declared.add(path.join('.'));
            parameterFields.push({ key: nodeKey(owner, path), location: context.locationOf(name) });
          }
        }
      }
      for (const member of localTypeMembers(parameter.type)) {
        const field = propertyNameOf(member.name!);
        if (field === undefined || declared.has(field)) continue;
        parameterFields.push({ key: nodeKey(owner, [field]), location: context.locationOf(member.name!) });
      }
    });
  }

  /**
   * A call through a base type runs the class's own method: `this.storageAdapter.getPreviewUrl(bucket, ...)` with
   * `storageAdapter: StorageAdapter` (an abstract class or interface, named as the callers name it) reaches
   * `LocalStorage.getPreviewUrl` of `class LocalStorage implements StorageAdapter` (or `extends`). For each method the
   * class declares with parameters, one edge per parameter from the base's (`n:param:StorageAdapter.getPreviewUrl:0#`)
   * to its own: one pass over the class's members.
   */
  function overrideEdges(node: TS.ClassDeclaration): void {
    if (!node.name || !node.heritageClauses) return;
    const bases: string[] = [];
    for (const clause of node.heritageClauses) {
      for (const base of clause.types) if (ts.isIdentifier(base.expression)) bases.push(context.typeKey(base.expression.text));
    }
    const name = node.name.text;
    methodParameterEdges(node, bases.filter((base) => base !== name));
  }

  /**
   * `export default new AccountService()` (or `export default accountService` of a top-level `const accountService =
   * new AccountService()`), with the class declared in the file: the module's default export runs the class's methods.
   * Its importers call them as `accountService.getAccountByEmail(email)` (`defaultInstanceOf`), named after the module
   * (`n:param:default:packages/auth/lib/services/account.service.getAccountByEmail:0#`); one edge per parameter of each
   * method from that node to the method's own.
   */
  function defaultInstanceEdges(node: TS.ExportAssignment): void {
    let value = unwrapped(node.expression);
    if (ts.isIdentifier(value)) {
      const held = context.declarationOf(value);
      if (!held || !ts.isVariableDeclaration(held) || !held.initializer || !ts.isVariableStatement(held.parent.parent) || !ts.isSourceFile(held.parent.parent.parent)) return;
      value = unwrapped(held.initializer);
    }
    if (!ts.isNewExpression(value) || !ts.isIdentifier(value.expression)) return;
    const declaration = context.declarationOf(value.expression);
    if (!declaration || !ts.isClassDeclaration(declaration) || !declaration.name) return;
    methodParameterEdges(declaration, [defaultModuleNode(moduleOfFile(context.file))]);
  }

  /**
   * One edge per parameter of each method `node` declares with parameters, from the same method of each of `callers`
   * (`n:param:StorageAdapter.getPreviewUrl:0#`, `n:param:default:<module>.getAccountByEmail:0#`) to the method's own.
   */
  function methodParameterEdges(node: TS.ClassDeclaration, callers: readonly string[]): void {
    if (callers.length === 0) return;
    for (const member of node.members) {
      if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name) || member.parameters.length === 0) continue;
      const own = functionIdOf(member);
      const at = context.locationOf(member.name);
      for (const caller of callers) {
        for (let index = 0; index < member.parameters.length; index++) edge(nodeKey(`param:${caller}.${member.name.text}:${index}`, []), nodeKey(`param:${own}:${index}`, []), at);
      }
    }
  }

  /**
   * The node of a relative module's default export, when `holder` is a name imported as it (`import accountService from
   * '../services/account.service.js'`): `default:packages/auth/lib/services/account.service`. Undefined otherwise.
   */
  function defaultInstanceOf(holder: TS.Expression): string | undefined {
    if (!ts.isIdentifier(holder) || context.importedName(holder.text) !== 'default') return undefined;
    const module = context.importSource(holder.text);
    return module === undefined || !module.startsWith('.') ? undefined : defaultModuleNode(modulePath(module, context.file));
  }

  /** The members with a name of a type literal, or of an interface or type alias the file declares, `type` names. */
  function localTypeMembers(type: TS.TypeNode | undefined): readonly TS.TypeElement[] {
    if (!type) return [];
    if (ts.isTypeLiteralNode(type)) return type.members.filter((member) => member.name !== undefined);
    if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return [];
    const name = type.typeName.text;
    for (const statement of context.sourceFile.statements) {
      if (ts.isInterfaceDeclaration(statement) && statement.name.text === name) return statement.members.filter((member) => member.name !== undefined);
      if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name && ts.isTypeLiteralNode(statement.type)) {
        return statement.type.members.filter((member) => member.name !== undefined);
      }
    }
    return [];
  }

  /**
   * Arguments into the parameters of a function the service declares (`createRole({ key: 'admin' })`,
   * `this.repo.insert(tenantId)`): each key of an object literal argument (`a:<key location>` to
   * `n:param:createRole:0#key`) and each other argument (`a:<location>` to `n:param:F:i#`) is a place whose value the
   * parameter takes, and the argument's own value flows into the parameter (a caller's parameter handed on). A value
   * from a parameter given to a method (`Role.query().insertAndFetch(params)`, `models.User.create(data)`) reaches the
   * argument's place, where an adapter may have seen a whole row written (`s:<location>`). A tRPC mutation's argument
   * (`updatePoll.mutate({ notifications: false })`) goes to `n:mutation:<proc:path | ret:hook>#key` instead.
   */
  function argumentEdges(node: TS.CallExpression): void {
    // A call without arguments (`.first()`, `.execute()`, most links of a chain) hands nothing on: no callee lookup.
    if (node.arguments.length === 0) return;
    // A tRPC mutation's argument is its procedure's input (`n:mutation:proc:polls.update#notifications`).
    const mutation = mutationCallOf(node, context);
    if (mutation === undefined) requestBodyEdges(node);
    const callee = mutation === undefined ? calleeIdOf(node) : `mutation:${mutation}`;
    // Through a module imported whole (`store.newHost('host', 'EUR', 5)`, test stores and utils called by the hundred),
    // the keys of a literal and a caller's values handed on; a plain value is no place of its own (`'EUR'` is the
    // store's write of `currency`, not the test's).
    const viaNamespace = ts.isPropertyAccessExpression(node.expression) && isLocalNamespace(node.expression.expression);
    let site: string | undefined;
    for (let index = 0; index < node.arguments.length; index++) {
      const argument = node.arguments[index]!;
      if (mutation !== undefined && index > 0) break;
      if (ts.isSpreadElement(argument)) return;
      const value = unwrapped(argument);
      if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) continue;
      // The argument's own keys, walked once: for its place below and for the edges into the parameter.
      let valueKeysOf: readonly string[] | undefined;
      const keysOfValue = (): readonly string[] => {
        if (valueKeysOf === undefined) {
          calls.clear();
          valueKeysOf = valueKeys(value, calls);
        }
        return valueKeysOf;
      };
      // `pick(rowData, FIELDS)` spread into a write: the value whose keys it copies, at its own place too.
      if (ts.isPropertyAccessExpression(node.expression) || (index === 0 && pickedFrom(node) !== node)) {
        // `pool.query(sql, [tenantId, id])`: each element at its own place, where the statement's `$n` is a column.
        const places = ts.isArrayLiteralExpression(value) ? value.elements : [value];
        for (const place of places) {
          if (!ts.isIdentifier(place) && !ts.isPropertyAccessExpression(place)) continue;
          const parameters = (place === value ? keysOfValue() : valueKeys(place)).filter((key) => key.startsWith('n:param:'));
          if (parameters.length === 0) continue;
          const at = context.locationOf(place);
          for (const key of parameters) edge(key, siteKey(at), at);
        }
      }
      if (callee === undefined) continue;
      const location = context.locationOf(value);
      const parameter = mutation === undefined ? `param:${callee}:${index}` : callee;
      // Into a parameter through this call: what the function returns of it goes back to this call only.
      const enters = mutation === undefined ? (site ??= siteKey(context.locationOf(node))) : undefined;
      // `const params = { token }; fakeConnectedAccount(params)`: a const's literal is handed as if written in the call.
      const literal = ts.isObjectLiteralExpression(value) ? value : heldLiteral(value);
      if (literal) {
        for (const property of literal.properties) {
          if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
          const key = propertyNameOf(property.name);
          const at = context.locationOf(property.name);
          if (key !== undefined) edge(argumentKey(at), nodeKey(parameter, [key]), at, undefined, enters);
        }
      } else if (!viaNamespace) edge(argumentKey(location), nodeKey(parameter, []), location, undefined, enters);
      edgesTo(value, () => [nodeKey(parameter, [])], () => location, enters, keysOfValue());
    }
  }

  /** The object literal a `const` of the function holds (`const params = { token: 'x' }`), for `params` handed whole. */
  function heldLiteral(value: TS.Expression): TS.ObjectLiteralExpression | undefined {
    if (!ts.isIdentifier(value)) return undefined;
    const declaration = context.declarationOf(value);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name) || !declaration.initializer) return undefined;
    const list = declaration.parent;
    if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return undefined;
    const initializer = unwrapped(declaration.initializer);
    return ts.isObjectLiteralExpression(initializer) ? initializer : undefined;
  }

  /**
   * A request a client sends to the service's own routes (`requestBodyOf`): each key of the object literal sent
   * (`JSON.stringify({ totalCents })`, inline or the initialiser of a local) goes to `n:mutation:http:/api/orders#totalCents`,
   * as a tRPC mutation's input does, and a value of a declared type (`JSON.stringify(request)`, the rest of a form's
   * state) is recorded whole (`TypedValueFact`), its properties the keys sent.
   */
  function requestBodyEdges(node: TS.CallExpression): void {
    const request = requestBodyOf(node, context);
    if (!request) return;
    const parameter = `mutation:${request.target}`;
    const sent = unwrapped(request.value);
    const value = ts.isObjectLiteralExpression(sent) ? sent : heldLiteral(sent);
    if (!value) return typedValue(sent, nodeKey(parameter, []), context.locationOf(sent));
    for (const property of value.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const key = propertyNameOf(property.name);
      const at = context.locationOf(property.name);
      if (key !== undefined) edge(argumentKey(at), nodeKey(parameter, [key]), at);
    }
  }

  /**
   * A Next.js API route (`pages/api/auth/register.ts`): the function it exports by default (`export default async
   * function Index(req, res)`, `export default handler`) reads the body of the requests to its path (`req.body`).
   */
  function nextApiRouteOf(node: TS.FunctionDeclaration | TS.ExportAssignment, path: string): void {
    let handler: TS.SignatureDeclaration | undefined;
    if (ts.isFunctionDeclaration(node)) {
      const modifiers = ts.getModifiers(node) ?? [];
      if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) && modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword)) handler = node;
    } else if (!node.isExportEquals) {
      const value = unwrapped(node.expression);
      if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) handler = value;
      else if (ts.isIdentifier(value)) {
        const declaration = context.declarationOf(value);
        const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapped(declaration.initializer) : undefined;
        if (declaration && ts.isFunctionDeclaration(declaration)) handler = declaration;
        else if (initializer && (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer))) handler = initializer;
      }
    }
    if (handler) requestRoutes.push({ target: `http:${path}`, body: `body:${functionIdOf(handler)}` });
  }

  /**
   * The function a call runs, as its parameters are named (`parameterNodeOf`): one the file declares
   * (`createRole`), imports from a relative or aliased module or requires (`const { createUser } = require('../lib/user')`),
   * or a method of `this` or of a typed receiver (`IndexingRepository.insert`); undefined for anything else (globals, packages).
   */
  function calleeIdOf(node: TS.CallExpression): string | undefined {
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee)) {
      // A function of a module of the service imported whole: `import * as store from '../stores'`, `store.createExpense(...)`.
      if (isLocalNamespace(callee.expression)) return callee.name.text;
      // A typed receiver's method, else a static of a capitalised name: `models.User.createUserWithCollective(...)`.
      const owner = receiverTypeName(callee.expression) ?? namedOwnerOf(callee.expression) ?? defaultInstanceOf(callee.expression);
      if (owner !== undefined) return `${owner}.${callee.name.text}`;
      return ts.isIdentifier(callee.expression) ? packageCalleeOf(callee.expression, callee.name.text) : undefined;
    }
    return ts.isIdentifier(callee) ? (functionNamed(callee) ?? packageCalleeOf(callee, undefined)) : undefined;
  }

  /**
   * A function of a package, as its importers name it (`pkg:@nangohq/shared:gettingStartedService.createProgress`,
   * `pkg:@crowd/data-access-layer/src/data_issues:markDataIssueAsResolved`): a name imported from a bare specifier,
   * called or holding the method called. Whether the specifier is a package of the workspace, and which function of it
   * that is, the fold decides (`resolve/package-parameters.ts`); any other package's is a node no edge leaves.
   */
  function packageCalleeOf(holder: TS.Identifier, method: string | undefined): string | undefined {
    const module = context.importSource(holder.text);
    const imported = context.importedName(holder.text);
    if (module === undefined || imported === undefined || LOCAL_MODULE.test(module) || module.startsWith('node:')) return undefined;
    if (imported === '*') return method === undefined ? undefined : `${PACKAGE_CALLEE}${module}:${method}`;
    return `${PACKAGE_CALLEE}${module}:${method === undefined ? imported : `${imported}.${method}`}`;
  }

  function isLocalNamespace(holder: TS.Expression): boolean {
    if (!ts.isIdentifier(holder) || context.importedName(holder.text) !== '*') return false;
    const module = context.importSource(holder.text);
    return module !== undefined && LOCAL_MODULE.test(module);
  }

  /** The function a name stands for, as its parameters are named: declared in the file, or imported or required from the service. */
  function functionNamed(callee: TS.Identifier): string | undefined {
    const declaration = context.declarationOf(callee);
    if (!declaration) {
      const module = context.importSource(callee.text);
      if (module === undefined || !LOCAL_MODULE.test(module)) return undefined;
      return context.nameInModule(callee.text);
    }
    if (ts.isFunctionDeclaration(declaration)) return declaration.name?.text;
    if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
      const value = unwrapped(declaration.initializer);
      return ts.isArrowFunction(value) || ts.isFunctionExpression(value) ? callee.text : undefined;
    }
    if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
      // `const { createUser } = require('../lib/user')`.
      const holder = declaration.parent.parent;
      const initializer = ts.isVariableDeclaration(holder) && holder.initializer ? unwrapped(holder.initializer) : undefined;
      if (!initializer || !ts.isCallExpression(initializer) || !ts.isIdentifier(initializer.expression) || initializer.expression.text !== 'require') return undefined;
      const [specifier] = initializer.arguments;
      if (!specifier || !ts.isStringLiteralLike(specifier) || !LOCAL_MODULE.test(specifier.text)) return undefined;
      const name = declaration.propertyName ?? declaration.name;
      return ts.isIdentifier(name) ? name.text : undefined;
    }
    return undefined;
  }

  /** `param:createRole:0`: the node of a parameter of a function with a name (`Class.method`, `createRole`). */
  function parameterNodeOf(parameter: TS.ParameterDeclaration): string | undefined {
    const owner = parameter.parent;
    if (!ts.isFunctionLike(owner)) return undefined;
    const id = functionIdOf(owner);
    return id.startsWith('@') ? undefined : `param:${id}:${owner.parameters.indexOf(parameter)}`;
  }

  /** `@hono/zod-openapi`: `app.openapi(getUserRoute, (c) => ...)`, the route a `createRoute({...})` const of the file. */
  function openApiRouteOf(node: TS.CallExpression): RouteCall | undefined {
    const callee = node.expression;
    const [route, handler] = node.arguments;
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'openapi' || !route || !ts.isIdentifier(route) || !handler) return undefined;
    if (!(ts.isIdentifier(handler) || ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) return undefined;
    const declaration = context.declarationOf(route);
    const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapped(declaration.initializer) : undefined;
    const contract = initializer && ts.isCallExpression(initializer) ? contractOperationOf(initializer, context) : undefined;
    if (!contract) return undefined;
    return { framework: 'hono', method: contract.method, path: contract.path, handler, schemas: { request: contract.request, response: contract.response } };
  }

  /**
   * Drizzle's operators, `eq(schedules.userId, input.id)`: the value compared flows to the column it is compared
   * with (the filter the scan resolves at the column's name), as a `where: { userId: input.id }` key does.
   */
  function comparisonEdges(node: TS.CallExpression): void {
    const [column, value] = node.arguments;
    if (!column || !value || !ts.isPropertyAccessExpression(column)) return;
    edgesTo(value, (location) => [siteKey(location)], () => context.locationOf(column.name));
  }

  /** NestJS: `@Controller('members')` and its `@Get(':id')` methods, `@Body() dto: T`, `@ApiOkResponse({ type: T })`. */
  function nestHandlersOf(node: TS.ClassDeclaration): HandlerFact[] {
    const controller = decoratorsOf(node).find((decorator) => decorator.name === 'Controller');
    if (!controller || !node.name || context.importSource('Controller') !== '@nestjs/common') return [];
    const prefix = pathArgument(controller.args[0]);
    const found: HandlerFact[] = [];
    for (const member of node.members) {
      if (!ts.isMethodDeclaration(member)) continue;
      const decorators = decoratorsOf(member);
      const route = decorators.find((decorator) => NEST_METHODS.has(decorator.name));
      if (!route) continue;
      const symbol = `${node.name.text}.${member.name.getText(context.sourceFile)}`;
      const response = [`fn:${symbol}`];
      for (const decorator of decorators) {
        if (!/^Api(\w*)Response$/.test(decorator.name)) continue;
        const type = propertyValue(decorator.args[0], 'type');
        const element = type && ts.isArrayLiteralExpression(type) ? type.elements[0] : type;
        if (element && ts.isIdentifier(element)) response.push(`type:${element.text}`);
      }
      const request = member.parameters.flatMap((parameter) => {
        const body = decoratorsOf(parameter).some((decorator) => decorator.name === 'Body' && decorator.args.length === 0);
        const type = body && parameter.type ? namedType(context.typeOfNode(parameter.type)) : undefined;
        return type ? [`type:${type}`] : [];
      });
      const operation = decorators.find((decorator) => decorator.name === 'ApiOperation');
      const operationId = operation && propertyValue(operation.args[0], 'operationId');
      found.push({
        framework: 'nestjs',
        method: NEST_METHODS.get(route.name)!,
        path: joinPaths(prefix, pathArgument(route.args[0])),
        ...(operationId && ts.isStringLiteralLike(operationId) ? { operationId: operationId.text } : {}),
        symbol,
        location: context.locationOf(member.name),
        response,
        request,
      });
    }
    return found;
  }

  /**
   * The keys whose value an expression is, or is derived from: fields of typed values (`n:type:Account#contactEmail`),
   * function results (`n:fn:toMemberDto#`), literals, request bodies, and the places read on the way (`s:...`, matched
   * to usages). Walked on an explicit stack; each declaration followed once.
   */
  /** `calls`, when given, gets the call each function result key comes from (`null`: from two calls). */
  function valueKeys(root: TS.Expression, calls?: Map<string, string | null>): string[] {
    if (!KEYED_KINDS.has(root.kind)) return [];
    const keys = new Set<string>();
    let followed: Set<TS.Node> | undefined;
    const work: { expression: TS.Expression; suffix: readonly string[] }[] = [{ expression: root, suffix: [] }];
    // The suffix of the expression in hand: what `push` continues with by default (one closure for the whole walk).
    let suffix: readonly string[] = [];
    const push = (next: TS.Expression, nextSuffix: readonly string[] = suffix): void => void work.push({ expression: next, suffix: nextSuffix });
    for (let steps = 0; steps < MAX_VALUE_STEPS; steps++) {
      const item = work.pop();
      if (!item) break;
      suffix = item.suffix;
      if (suffix.length > MAX_FLOW_PATH) continue;
      let expression = item.expression;
      while (ts.isParenthesizedExpression(expression) || ts.isAwaitExpression(expression) || ts.isNonNullExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression) || ts.isTypeAssertionExpression(expression)) {
        if (!ts.isParenthesizedExpression(expression) && !ts.isAwaitExpression(expression) && !ts.isNonNullExpression(expression)) {
          const type = namedType(context.typeOfNode(expression.type));
          if (type) keys.add(nodeKey(`type:${type}`, suffix));
        }
        expression = expression.expression;
      }
      if (ts.isIdentifier(expression)) {
        const declaration = context.declarationOf(expression);
        if (!declaration || followed?.has(declaration)) continue;
        (followed ??= new Set()).add(declaration);
        identifierKeys(declaration, suffix, keys, push);
      } else if (expression.kind === ts.SyntaxKind.ThisKeyword) {
        const owner = enclosingClassName(expression);
        if (owner) keys.add(nodeKey(`type:${owner}`, suffix));
      } else if (ts.isPropertyAccessExpression(expression) || (ts.isElementAccessExpression(expression) && ts.isStringLiteralLike(expression.argumentExpression))) {
        const name = ts.isPropertyAccessExpression(expression) ? expression.name : (expression.argumentExpression as TS.StringLiteralLike);
        if (suffix.length === 0) keys.add(siteKey(context.locationOf(name)));
        push(expression.expression, [name.text, ...suffix]);
      } else if (ts.isElementAccessExpression(expression)) push(expression.expression);
      else if (ts.isCallExpression(expression)) callKeys(expression, suffix, keys, push, calls);
      else if (ts.isNewExpression(expression) && ts.isIdentifier(expression.expression)) keys.add(nodeKey(`type:${expression.expression.text}`, suffix));
      else if (ts.isConditionalExpression(expression)) {
        push(expression.whenTrue);
        push(expression.whenFalse);
      } else if (ts.isBinaryExpression(expression)) {
        const operator = expression.operatorToken.kind;
        if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.PlusToken) push(expression.left);
        if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.PlusToken || operator === ts.SyntaxKind.CommaToken) push(expression.right);
      } else if (ts.isTemplateExpression(expression) && suffix.length === 0) for (const span of expression.templateSpans) push(span.expression);
      else if (ts.isObjectLiteralExpression(expression)) keys.add(nodeKey(`lit:${placeOf(context.locationOf(expression))}`, suffix));
      else if (ts.isArrayLiteralExpression(expression)) for (const element of expression.elements) push(ts.isSpreadElement(element) ? element.expression : element);
      else if (ts.isSpreadElement(expression)) push(expression.expression);
    }
    return [...keys];
  }

  /** A local, parameter or destructured name: its declared type, its initialiser, a handler's request body. */
  function identifierKeys(declaration: TS.Node, suffix: readonly string[], keys: Set<string>, push: (next: TS.Expression, suffix?: readonly string[]) => void): void {
    if (ts.isParameter(declaration)) {
      const type = declaration.type && namedType(context.typeOfNode(declaration.type));
      if (type) keys.add(nodeKey(`type:${type}`, suffix));
      const parameter = parameterNodeOf(declaration);
      if (parameter) keys.add(nodeKey(parameter, suffix));
      const owner = declaration.parent;
      const body = requestBodyPath(suffix);
      if (ts.isIdentifier(declaration.name) && REQUEST_PARAMETER.test(declaration.name.text) && owner.parameters[0] === declaration && body) {
        keys.add(nodeKey(`body:${functionIdOf(owner)}`, body));
      }
      // next-auth: `authorize(credentials)` of a `CredentialsProvider`, whose first parameter is what `signIn()` sends.
      if (owner.parameters[0] === declaration && isCredentialsAuthorize(owner, context)) keys.add(nodeKey(`body:${functionIdOf(owner)}`, suffix));
      // tRPC: `(opts) => opts.input.email`.
      if (suffix[0] === 'input' && owner.parameters[0] === declaration && isProcedureResolver(owner)) keys.add(nodeKey(`body:${functionIdOf(owner)}`, suffix.slice(1)));
      return;
    }
    if (ts.isVariableDeclaration(declaration)) {
      const type = declaration.type && namedType(context.typeOfNode(declaration.type));
      if (type) keys.add(nodeKey(`type:${type}`, suffix));
      if (declaration.initializer) push(declaration.initializer, suffix);
      return;
    }
    if (ts.isBindingElement(declaration)) {
      // `const { path, bucket } = item`: the place the name is read at, where a usage of the row's column may be resolved.
      const own = declaration.propertyName ?? declaration.name;
      if (suffix.length === 0 && ts.isObjectBindingPattern(declaration.parent) && (ts.isIdentifier(own) || ts.isStringLiteral(own))) keys.add(siteKey(context.locationOf(own)));
      // `const { contactEmail: email } = account`, `const { owner: { email } } = req.body`: the path down the patterns.
      const path: string[] = [];
      let element: TS.Node = declaration;
      for (let depth = 0; depth <= MAX_FLOW_PATH && ts.isBindingElement(element); depth++) {
        const name = element.propertyName ?? element.name;
        if (ts.isObjectBindingPattern(element.parent) && !ts.isIdentifier(name) && !ts.isStringLiteral(name)) return;
        if (ts.isObjectBindingPattern(element.parent)) path.unshift((name as TS.Identifier | TS.StringLiteral).text);
        element = element.parent.parent;
      }
      if (ts.isVariableDeclaration(element) && element.initializer) push(element.initializer, [...path, ...suffix]);
      else if (ts.isParameter(element)) {
        const type = element.type && namedType(context.typeOfNode(element.type));
        if (type) keys.add(nodeKey(`type:${type}`, [...path, ...suffix]));
        const parameter = parameterNodeOf(element);
        if (parameter) keys.add(nodeKey(parameter, [...path, ...suffix]));
        // tRPC: `({ input, ctx }) => input.email`, `({ input: { email } }) => ...`.
        const owner = element.parent;
        if (path[0] === 'input' && owner.parameters[0] === element && isProcedureResolver(owner)) keys.add(nodeKey(`body:${functionIdOf(owner)}`, [...path.slice(1), ...suffix]));
      }
    }
  }

  function callKeys(call: TS.CallExpression, suffix: readonly string[], keys: Set<string>, push: (next: TS.Expression, suffix?: readonly string[]) => void, calls?: Map<string, string | null>): void {
    const callee = call.expression;
    const [first, second] = call.arguments;
    // The result of the function this call runs, marked with the call (`FlowEdge.returns`).
    const result = (id: string): void => {
      const key = nodeKey(`fn:${id}`, suffix);
      keys.add(key);
      if (!calls) return;
      const site = siteKey(context.locationOf(call));
      const known = calls.get(key);
      calls.set(key, known === undefined || known === site ? site : null);
    };
    if (ts.isIdentifier(callee)) {
      if (/^(plainToInstance|plainToClass)$/.test(callee.text) && first && ts.isIdentifier(first)) {
        keys.add(nodeKey(`type:${first.text}`, suffix));
        if (second) push(second);
        return;
      }
      result(callee.text);
    } else if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const receiver = callee.expression;
      if (CALLBACK_METHODS.test(method) && first) {
        if (ts.isIdentifier(first)) keys.add(nodeKey(`fn:${first.text}`, suffix));
        else if (ts.isArrowFunction(first) || ts.isFunctionExpression(first)) keys.add(nodeKey(`fn:${functionIdOf(first)}`, suffix));
        return;
      }
      // `User.parse(lit)` is the validated value; `body.email` of `body = Body.parse(req.body)` is also the request's field.
      const schema = parsingSchema(call);
      if (schema) {
        keys.add(nodeKey(parsedNode(schema, call), suffix));
        if (suffix.length > 0 && first) push(first);
        return;
      }
      // Hono: `c.req.valid('json')`, `await c.req.json()` are the handler's request body.
      const honoHandler = honoBodyOwner(call);
      if (honoHandler) {
        keys.add(nodeKey(`body:${functionIdOf(honoHandler)}`, suffix));
        return;
      }
      if (SAME_VALUE_METHODS.test(method) || BUILDER_LINKS.test(method)) return push(receiver);
      if (SELECTION_METHODS.test(method) && first && ts.isObjectLiteralExpression(unwrapped(first))) return push(first);
      if (ts.isIdentifier(receiver) && receiver.text === 'Promise' && first) return push(first);
      if (ts.isIdentifier(receiver) && receiver.text === 'Object' && method === 'assign') return call.arguments.forEach((argument) => push(argument));
      const owner = receiverTypeName(receiver);
      if (owner) {
        result(`${owner}.${method}`);
        return;
      }
      // `account.contactEmail.trim()`: a value computed from its receiver.
      if (suffix.length === 0) push(receiver);
    }
    // `format(email)`: a value computed from its arguments. An object given to a method (`prisma.member.findMany({ where
    // })`, `db.insert(t).values({...})`) is a query or options, not what the call returns.
    const method = ts.isPropertyAccessExpression(callee);
    if (suffix.length === 0) for (const argument of call.arguments) if (!method || !ts.isObjectLiteralExpression(unwrapped(argument))) push(argument);
  }

  /** The named type of `this`, `this.service` or a typed local: whose method a call runs (`MembersService.findOne`). */
  function receiverTypeName(receiver: TS.Expression): string | undefined {
    if (receiver.kind === ts.SyntaxKind.ThisKeyword) return enclosingClassName(receiver);
    const type = context.typeOf(receiver);
    if (type?.kind === 'name') return type.name;
    if (type?.kind === 'member' && type.of.kind === 'name' && ts.isPropertyAccessExpression(receiver)) {
      const owner = enclosingClass(receiver);
      if (owner?.name?.text !== type.of.name) return undefined;
      return namedType(memberTypeOf(owner, type.property));
    }
    return undefined;
  }

  function memberTypeOf(owner: TS.ClassLikeDeclaration, property: string): TypeExpr | undefined {
    for (const member of owner.members) {
      if (ts.isPropertyDeclaration(member) && propertyNameOf(member.name) === property && member.type) return context.typeOfNode(member.type);
      if (ts.isConstructorDeclaration(member)) {
        for (const parameter of member.parameters) {
          if (ts.isIdentifier(parameter.name) && parameter.name.text === property && parameter.type) return context.typeOfNode(parameter.type);
        }
      }
    }
    return undefined;
  }

  /** The node of the value one `X.parse(v)` call returns: `type:X@file:line:column`. */
  function parsedNode(schema: string, call: TS.CallExpression): string {
    return `type:${schema}@${placeOf(context.locationOf(call))}`;
  }

  function functionIdOf(node: TS.SignatureDeclaration): string {
    const parent = node.parent;
    if ((ts.isMethodDeclaration(node) || ts.isGetAccessor(node)) && ts.isClassLike(parent) && parent.name) return `${parent.name.text}.${node.name.getText(context.sourceFile)}`;
    if (ts.isFunctionDeclaration(node) && node.name) return node.name.text;
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
      // `const Card = memo(({ title }) => ...)`, `forwardRef(...)`, MobX's `observer(...)`: the component is the const.
      if (ts.isCallExpression(parent) && parent.arguments[0] === node && COMPONENT_WRAPPERS.test(calleeNameOf(parent)) && ts.isVariableDeclaration(parent.parent) && ts.isIdentifier(parent.parent.name)) {
        return parent.parent.name.text;
      }
      if (ts.isPropertyDeclaration(parent) && ts.isClassLike(parent.parent) && parent.parent.name && ts.isIdentifier(parent.name)) return `${parent.parent.name.text}.${parent.name.text}`;
      // `User.createUserWithCollective = async (userData) => ...` (a Sequelize model's own static), `exports.createUser = ...`.
      if (ts.isBinaryExpression(parent) && parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(parent.left)) {
        const holder = parent.left.expression;
        if (isExportsObject(holder)) return parent.left.name.text;
        const owner = namedOwnerOf(holder);
        if (owner !== undefined) return `${owner}.${parent.left.name.text}`;
      }
    }
    return `@${placeOf(context.locationOf(node))}`;
  }
}

/** Zod's validating calls, whose result is the schema's value: `User.parse(row)`, `await Body.parseAsync(req.body)`. */
const PARSE_METHODS = /^(parse|parseAsync)$/;
/** Receivers of `.parse(...)` that are no schema: `JSON.parse`, `Date.parse`, Node's `path.parse`, `url.parse`, `qs.parse`. */
const NOT_SCHEMAS = /^(JSON|Date|Number|BigInt|URL|path|url|qs|querystring|yaml|YAML|toml|csv|cookie|dotenv)$/;

/** The zod schema a call validates with, named by a const: `User` of `User.parse(row)`. */
function parsingSchema(call: TS.CallExpression): string | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !PARSE_METHODS.test(callee.name.text) || call.arguments.length !== 1) return undefined;
  const receiver = callee.expression;
  return ts.isIdentifier(receiver) && !NOT_SCHEMAS.test(receiver.text) ? receiver.text : undefined;
}

const NEST_METHODS = new Map(['Get', 'Post', 'Put', 'Patch', 'Delete', 'Head', 'Options', 'All'].map((name) => [name, name.toUpperCase()]));

/** Hono's calls on `c.req` that give the request body: the validated `valid('json')`/`valid('form')`, and `json()`, `parseBody()`. */
const HONO_BODY_CALL = /^(valid|json|parseBody)$/;

/**
 * The handler whose request body a Hono call reads: `c.req.valid('json')` (the body `zValidator('json', schema)`
 * checked), `await c.req.json()`, where `c` is the handler's first parameter. Not `c.req.valid('query')`, nor `param`.
 */
function honoBodyOwner(call: TS.CallExpression): TS.SignatureDeclaration | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !HONO_BODY_CALL.test(callee.name.text)) return undefined;
  const request = callee.expression;
  if (!ts.isPropertyAccessExpression(request) || request.name.text !== 'req' || !ts.isIdentifier(request.expression)) return undefined;
  const target = call.arguments[0];
  if (callee.name.text === 'valid' ? !(target && ts.isStringLiteral(target) && /^(json|form)$/.test(target.text)) : call.arguments.length > 0) return undefined;
  const context = request.expression;
  if (!REQUEST_PARAMETER.test(context.text)) return undefined;
  const owner = parameterOwner(context);
  const first = owner?.parameters[0];
  return first && ts.isIdentifier(first.name) && first.name.text === context.text ? owner : undefined;
}

/** `req.body.email` -> `['email']`, Koa's `ctx.request.body.email` likewise; undefined when the path is not a body. */
function requestBodyPath(suffix: readonly string[]): readonly string[] | undefined {
  if (suffix[0] === 'body') return suffix.slice(1);
  if (suffix[0] === 'request' && suffix[1] === 'body') return suffix.slice(2);
  return undefined;
}

/** A literal that is the value of another literal's property (or an element of one's array): the outer one reads it. */
function isNestedLiteral(node: TS.ObjectLiteralExpression): boolean {
  let holder: TS.Node = node.parent;
  while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder) || ts.isSatisfiesExpression(holder)) holder = holder.parent;
  if (ts.isArrayLiteralExpression(holder)) holder = holder.parent;
  return ts.isPropertyAssignment(holder) && ts.isObjectLiteralExpression(holder.parent);
}

/** `User` of `User.x`, `models.User.x`: a capitalised name (a class, a model, a namespace object) a static belongs to. */
function namedOwnerOf(holder: TS.Expression): string | undefined {
  const name = ts.isIdentifier(holder) ? holder.text : ts.isPropertyAccessExpression(holder) ? holder.name.text : undefined;
  return name !== undefined && /^[A-Z]/.test(name) ? name : undefined;
}

/** `exports`, `module.exports`: what a CommonJS module exports under the names its importers use. */
function isExportsObject(holder: TS.Expression): boolean {
  if (ts.isIdentifier(holder)) return holder.text === 'exports';
  return ts.isPropertyAccessExpression(holder) && ts.isIdentifier(holder.expression) && holder.expression.text === 'module' && holder.name.text === 'exports';
}

/** `res` of `res.status(201).json(x)`: the identifier a chain of calls and members starts at. */
function receiverRoot(expression: TS.Expression): TS.Identifier | undefined {
  let current = expression;
  for (let hops = 0; hops < 16; hops++) {
    if (ts.isIdentifier(current)) return current;
    if (ts.isCallExpression(current) || ts.isPropertyAccessExpression(current)) current = current.expression;
    else return undefined;
  }
  return undefined;
}

function enclosingFunction(node: TS.Node): TS.SignatureDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isArrowFunction(current) || ts.isFunctionExpression(current) || ts.isFunctionDeclaration(current) || ts.isMethodDeclaration(current) || ts.isGetAccessor(current)) return current;
    if (ts.isClassLike(current) || ts.isSourceFile(current)) return undefined;
  }
  return undefined;
}

function enclosingClass(node: TS.Node): TS.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) if (ts.isClassLike(current)) return current;
  return undefined;
}

function enclosingClassName(node: TS.Node): string | undefined {
  return enclosingClass(node)?.name?.text;
}

/** The function a parameter named by `identifier` belongs to (`res` of `(req, res) => ...`). */
function parameterOwner(identifier: TS.Identifier): TS.SignatureDeclaration | undefined {
  for (let current: TS.Node | undefined = identifier.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current) && current.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === identifier.text)) return current;
  }
  return undefined;
}

/** `MemberDto`, `MemberDto[]`, `Promise<MemberDto>` -> `MemberDto`. */
export function namedType(type: TypeExpr | undefined): string | undefined {
  let current = type;
  for (let hops = 0; current && hops < 4; hops++) {
    if (current.kind !== 'name') return undefined;
    // A type the file does not export (`Props@file`) is named as written: flows meet shapes by name.
    const name = plainTypeName(current.name);
    if (name !== 'Array') return /^[A-Za-z_$][\w$.]*$/.test(name) ? name : undefined;
    current = current.args?.[0];
  }
  return undefined;
}

/** `@Controller('members')`, `@Controller({ path: 'members' })`, `@Get([':id'])`. */
function pathArgument(argument: TS.Expression | undefined): string {
  if (!argument) return '';
  if (ts.isStringLiteralLike(argument)) return argument.text;
  if (ts.isArrayLiteralExpression(argument)) return pathArgument(argument.elements[0]);
  const path = propertyValue(argument, 'path');
  return path && ts.isStringLiteralLike(path) ? path.text : '';
}

export function nodeKey(node: string, path: readonly string[]): string {
  return `n:${node}#${path.join('.')}`;
}

function appendPath(key: string, path: readonly string[]): string {
  return key.endsWith('#') ? `${key}${path.join('.')}` : `${key}.${path.join('.')}`;
}


/** Calls that copy an object less some keys: lodash's `omit(value, ['a', 'b'])`, `_.omit(...)`. */
const OMIT_CALL = /^omit$/;

/**
 * The declared type of a value and the keys it leaves out: `accountData` of `const { tags, ...accountData } = dto`
 * is `dto`'s type less `tags`; `omit(dto, ['tags'])` the same; another expression its own type (`ExtractContext.typeOf`).
 * A plain `Record`, `any` or a value no declaration types gives undefined.
 */
export function typedValueOf(expression: TS.Expression, context: ExtractContext, depth = 0): { readonly type: TypeExpr; readonly omit: readonly string[] } | undefined {
  if (depth > 4) return undefined;
  const value = unwrapped(expression);
  if (ts.isCallExpression(value)) {
    const [source, keys] = value.arguments;
    if (!OMIT_CALL.test(calleeNameOf(value)) || !source || !keys) return undefined;
    const inner = typedValueOf(source, context, depth + 1);
    const left = ts.isArrayLiteralExpression(keys) ? keys.elements : [keys];
    const omitted = left.flatMap((key) => (ts.isStringLiteralLike(key) ? [key.text] : []));
    return inner && { type: inner.type, omit: [...inner.omit, ...omitted] };
  }
  if (ts.isIdentifier(value)) {
    const declaration = context.declarationOf(value);
    if (declaration && ts.isBindingElement(declaration) && declaration.dotDotDotToken && ts.isObjectBindingPattern(declaration.parent)) {
      const holder = declaration.parent.parent;
      const siblings = declaration.parent.elements.filter((element) => element !== declaration).map((element) => element.propertyName ?? element.name);
      const omit = siblings.flatMap((name) => (ts.isIdentifier(name) || ts.isStringLiteral(name) ? [name.text] : []));
      let inner: { readonly type: TypeExpr; readonly omit: readonly string[] } | undefined;
      if (ts.isVariableDeclaration(holder) && holder.initializer) inner = typedValueOf(holder.initializer, context, depth + 1);
      else if (ts.isParameter(holder) && holder.type) {
        const type = context.typeOfNode(holder.type);
        inner = type && { type, omit: [] };
      }
      return inner && { type: inner.type, omit: [...inner.omit, ...omit] };
    }
    if (declaration && ts.isVariableDeclaration(declaration) && !declaration.type && declaration.initializer && ts.isCallExpression(unwrapped(declaration.initializer))) {
      const copied = typedValueOf(declaration.initializer, context, depth + 1);
      if (copied) return copied;
    }
  }
  const type = context.typeOf(value);
  return type && isDeclaredType(type) ? { type, omit: [] } : undefined;
}

/** A type whose properties a declaration lists: a name (not `Record`, `any`, `object`, a Prisma input), or a path to one. */
function isDeclaredType(type: TypeExpr): boolean {
  if (type.kind === 'name') return !/^(Record|Partial|Object|object|any|unknown|Array|Promise)$/.test(type.name) && !/^Prisma\./.test(type.name);
  if (type.kind === 'member') return !type.property.endsWith(')');
  return type.kind === 'element' || (type.kind === 'procedure' && type.outputs !== undefined);
}
