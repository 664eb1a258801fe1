import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import { propertyNameOf } from './decorators-of.js';
import type { ExtractContext } from './extract-context.js';
import type { GraphqlFeedFact, GraphqlTypeFact } from '../facts/file-facts.js';
import { visitDescendants } from './visit-descendants.js';

/** graphql-js type constructors whose `fields` are the type's fields. */
const GRAPHQL_TYPE = /^GraphQL(Object|InputObject|Interface)Type$/;
/** Any graphql-js constructor (`GraphQLEnumType`, `GraphQLScalarType` too): its config's keys are no columns. */
const GRAPHQL_CONSTRUCTOR = /^GraphQL\w+Type$/;
/** Wrappers of a field's type: `new GraphQLList(new GraphQLNonNull(Expense))` is of `Expense`. */
const GRAPHQL_WRAPPER = /^GraphQL(List|NonNull)$/;
/** Methods of a model whose result is its rows (`models.Expense.findAll(...)`, `Expense.findByPk(id)`). */
const ROW_METHOD = /^(find\w*|count\w*|create|bulkCreate|update|upsert|findOrCreate|scope|unscoped|query)$/;
/** Methods of a model that write what they are given (an input type's value). */
const WRITE_METHOD = /^(create|bulkCreate|update|upsert|findOrCreate|insert|patch|patchAndFetchById|insertAndFetch|updateAndFetchById)$/;
/** How many links of a chain (`req.loaders.Expense.byId.load(id)`) are read looking for its model. */
const MAX_CHAIN = 32;

export interface GraphqlTypeReader {
  /** The index (in `facts().types`) of the graphql-js type whose `fields` object this is, if it is one. */
  typeOfFields(object: TS.ObjectLiteralExpression): number | undefined;
  /**
   * The type whose resolver receives `identifier` as its parent (first parameter: `resolve(user) { user.x }`,
   * `resolve: ({ x }) => x`), if it does.
   */
  parentTypeOf(identifier: TS.Identifier | TS.BindingElement): number | undefined;
  /** A type read elsewhere (an SDL `type Credential { ... }`): its index. */
  declare(names: readonly string[], input: boolean): number;
  /** Offered every property assignment: a field config `{ type: X, resolve() {...} }` is a feed of `X`. */
  visitFieldConfig(assignment: TS.PropertyAssignment): void;
  /**
   * Whether an object is a graphql-js config (`{ name, fields }` of a type, `{ type, description }` of a field, a query's
   * `{ type, args, resolve }`): its keys name no column.
   */
  isConfig(object: TS.ObjectLiteralExpression): boolean;
  facts(): { readonly types: readonly GraphqlTypeFact[]; readonly feeds: readonly GraphqlFeedFact[] };
}

/**
 * Reads graphql-js types syntactically: each `new GraphQLObjectType({ name, fields })` (and interface and input
 * types) with the names it goes by, which resolvers take its values as their parent, and which models a field's
 * resolver returns rows of or writes its arguments to (the fold decides the model behind each type from these).
 */
export function createGraphqlTypeReader(context: ExtractContext): GraphqlTypeReader {
  const types: GraphqlTypeFact[] = [];
  const feeds: GraphqlFeedFact[] = [];
  // Only a file that names GraphQL (imports `graphql`, `GraphQLNonNull`) declares types or field configs: the others
  // skip every question.
  const declaresTypes = /graphql/i.test(context.sourceFile.text);
  const configs = new Map<TS.ObjectLiteralExpression, boolean>();
  const indexOfCall = new Map<TS.Node, number>();
  const typeOfCall = (call: TS.NewExpression | TS.CallExpression, config: TS.ObjectLiteralExpression, input: boolean): number => {
    const known = indexOfCall.get(call);
    if (known !== undefined) return known;
    const names: string[] = [];
    const name = config.properties.find((property) => property.name !== undefined && propertyNameOf(property.name) === 'name');
    const value = name && ts.isPropertyAssignment(name) ? context.stringOf(name.initializer) : undefined;
    if (value !== undefined) names.push(value);
    let holder: TS.Node = call.parent;
    while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder)) holder = holder.parent;
    if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) && !names.includes(holder.name.text)) names.push(holder.name.text);
    types.push({ names, input });
    indexOfCall.set(call, types.length - 1);
    return types.length - 1;
  };
  const typeOfFields = (object: TS.ObjectLiteralExpression): number | undefined => {
    const found = graphqlTypeCallOf(object);
    return found ? typeOfCall(found.call, found.config, found.input) : undefined;
  };
  return {
    typeOfFields,
    parentTypeOf(node) {
      if (!declaresTypes) return undefined;
      const declaration = ts.isIdentifier(node) ? context.declarationOf(node) : node;
      // `resolve({ firstName })`: the pattern of the first parameter; `resolve(user)`: the parameter itself.
      const parameter = declaration && ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent) ? declaration.parent.parent : declaration;
      if (!parameter || !ts.isParameter(parameter) || !ts.isFunctionLike(parameter.parent) || parameter.parent.parameters[0] !== parameter) return undefined;
      const fields = resolverFieldsOf(parameter.parent);
      return fields ? typeOfFields(fields) : undefined;
    },
    declare(names, input) {
      types.push({ names, input });
      return types.length - 1;
    },
    visitFieldConfig(assignment) {
      if (!declaresTypes) return;
      if (propertyNameOf(assignment.name) !== 'type' || !ts.isObjectLiteralExpression(assignment.parent)) return;
      const config = assignment.parent;
      const resolver = resolverOf(config);
      if (!resolver) return;
      const type = wrappedTypeName(assignment.initializer);
      if (type !== undefined) {
        const models = returnedModels(resolver);
        if (models.length > 0) feeds.push({ type, models, access: 'read' });
      }
      // `args: { input: { type: new GraphQLNonNull(ExpenseInput) } }` and a resolver writing a model: the input's value is written.
      const args = config.properties.find((property) => property.name !== undefined && propertyNameOf(property.name) === 'args');
      if (!args || !ts.isPropertyAssignment(args) || !ts.isObjectLiteralExpression(args.initializer)) return;
      const written = writtenModels(resolver);
      if (written.length === 0) return;
      for (const argument of args.initializer.properties) {
        if (!ts.isPropertyAssignment(argument) || !ts.isObjectLiteralExpression(argument.initializer)) continue;
        const argumentType = argument.initializer.properties.find((property) => property.name !== undefined && propertyNameOf(property.name) === 'type');
        const input = argumentType && ts.isPropertyAssignment(argumentType) ? wrappedTypeName(argumentType.initializer) : undefined;
        if (input !== undefined) feeds.push({ type: input, models: written, access: 'write' });
      }
    },
    isConfig(object) {
      if (!declaresTypes) return false;
      // Asked once per key: answered once per object, so a literal of 10,000 keys costs 10,000 looks, not 10,000².
      const known = configs.get(object);
      if (known !== undefined) return known;
      const answer = isGraphqlConfig(object);
      configs.set(object, answer);
      return answer;
    },
    facts: () => ({ types, feeds }),
  };
}

/** A type's config (`new GraphQLObjectType({ name, fields })`), a field's (`fields: { x: {...} }`) or a query's (`{ type, resolve }`). */
function isGraphqlConfig(object: TS.ObjectLiteralExpression): boolean {
  const call = object.parent;
  if ((ts.isNewExpression(call) || ts.isCallExpression(call)) && call.arguments?.[0] === object && GRAPHQL_CONSTRUCTOR.test(calleeNameOf(call))) return true;
  if (resolverOf(object) && object.properties.some((property) => property.name !== undefined && propertyNameOf(property.name) === 'type')) return true;
  return ts.isPropertyAssignment(object.parent) && ts.isObjectLiteralExpression(object.parent.parent) && graphqlTypeCallOf(object.parent.parent) !== undefined;
}

/** `{ type, resolve(parent) {...} }`, `resolve: (parent) => ...`: the field's own resolver function. */
function resolverOf(config: TS.ObjectLiteralExpression): TS.FunctionLikeDeclaration | undefined {
  for (const property of config.properties) {
    if (property.name === undefined || propertyNameOf(property.name) !== 'resolve') continue;
    if (ts.isMethodDeclaration(property)) return property;
    if (ts.isPropertyAssignment(property) && (ts.isFunctionExpression(property.initializer) || ts.isArrowFunction(property.initializer))) return property.initializer;
  }
  return undefined;
}

/** The fields object of the graphql-js type a resolver function belongs to (`fields: { x: { resolve(parent) {} } }`). */
function resolverFieldsOf(fn: TS.SignatureDeclaration): TS.ObjectLiteralExpression | undefined {
  const assignment = ts.isMethodDeclaration(fn) ? fn : fn.parent;
  if (!(ts.isMethodDeclaration(assignment) || ts.isPropertyAssignment(assignment)) || propertyNameOf(assignment.name) !== 'resolve') return undefined;
  const config = assignment.parent;
  if (!ts.isObjectLiteralExpression(config) || !ts.isPropertyAssignment(config.parent) || !ts.isObjectLiteralExpression(config.parent.parent)) return undefined;
  const fields = config.parent.parent;
  return graphqlTypeCallOf(fields) ? fields : undefined;
}

/** The name a field's `type:` names, through `new GraphQLList(...)` and `new GraphQLNonNull(...)`. */
function wrappedTypeName(expression: TS.Expression): string | undefined {
  let current = expression;
  for (let hops = 0; hops < MAX_CHAIN; hops++) {
    if (ts.isIdentifier(current)) return current.text;
    if (ts.isPropertyAccessExpression(current)) return current.name.text;
    if (!(ts.isNewExpression(current) || ts.isCallExpression(current)) || !ts.isIdentifier(current.expression) || !GRAPHQL_WRAPPER.test(current.expression.text)) return undefined;
    const inner = current.arguments?.[0];
    if (!inner) return undefined;
    current = inner;
  }
  return undefined;
}

/** The expressions a function returns (its concise body, its `return`s outside nested functions). */
function returnedExpressions(fn: TS.FunctionLikeDeclaration): TS.Expression[] {
  const body = fn.body;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body];
  const returned: TS.Expression[] = [];
  visitDescendants(body, (node) => {
    if (node !== body && ts.isFunctionLike(node)) return false;
    if (ts.isReturnStatement(node) && node.expression) returned.push(node.expression);
    return undefined;
  });
  return returned;
}

/** Models whose rows a resolver returns: `return models.Expense.findAll(...)`, `req.loaders.Expense.byId.load(id)`. */
function returnedModels(fn: TS.FunctionLikeDeclaration): string[] {
  const models = new Set<string>();
  for (const expression of returnedExpressions(fn)) {
    const model = modelOfChain(expression);
    if (model !== undefined) models.add(model);
  }
  return [...models].sort();
}

/** Models a resolver writes: `models.Expense.create(...)`, `Expense.update(...)` anywhere in its body. */
function writtenModels(fn: TS.FunctionLikeDeclaration): string[] {
  const models = new Set<string>();
  if (!fn.body) return [];
  visitDescendants(fn.body, (node) => {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || !WRITE_METHOD.test(node.expression.name.text)) return;
    const receiver = node.expression.expression;
    const model = ts.isIdentifier(receiver) ? (/^[A-Z]/.test(receiver.text) ? receiver.text : undefined) : modelOfChain(receiver);
    if (model !== undefined) models.add(model);
  });
  return [...models].sort();
}

/**
 * The model a chain is taken off: `models.X...`, `loaders.X.load(id)`, `loaders.X.byId.load(id)` (not
 * `loaders.X.attachedFiles`: rows of another model), or a capitalised name called with a row method (`X.findAll`).
 * A bounded walk down the chain.
 */
function modelOfChain(expression: TS.Expression): string | undefined {
  let current: TS.Expression = expression;
  // The link after the current one: `load` or `byId` after `loaders.Expense` (rows of Expense), not `attachedFiles`.
  let next = '';
  for (let hops = 0; hops < MAX_CHAIN; hops++) {
    if (ts.isAwaitExpression(current) || ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current)) current = current.expression;
    else if (ts.isCallExpression(current)) current = current.expression;
    else if (ts.isPropertyAccessExpression(current)) {
      const receiver = current.expression;
      const holder = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : '';
      if (holder === 'models') return current.name.text;
      if (holder === 'loaders') return /^(load|loadMany|by[A-Z]\w*)$/.test(next) ? current.name.text : undefined;
      if (ts.isIdentifier(receiver) && /^[A-Z]/.test(receiver.text) && ROW_METHOD.test(current.name.text)) return receiver.text;
      next = current.name.text;
      current = receiver;
    } else return undefined;
  }
  return undefined;
}

/**
 * The graphql-js constructor call whose field map an object literal is: `new GraphQLObjectType({ fields: {...} })`,
 * `fields: () => ({...})`, `fields: () => { return {...} }`, `fields() { return {...} }`.
 */
export function graphqlTypeCallOf(
  object: TS.ObjectLiteralExpression,
): { readonly call: TS.NewExpression | TS.CallExpression; readonly config: TS.ObjectLiteralExpression; readonly input: boolean } | undefined {
  let holder: TS.Node = object.parent;
  while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder)) holder = holder.parent;
  // `() => { return {...} }`, `fields() { return {...} }`: the function the return is the body of.
  if (ts.isReturnStatement(holder) && ts.isBlock(holder.parent)) holder = holder.parent.parent;
  const fields = (ts.isArrowFunction(holder) || ts.isFunctionExpression(holder)) && ts.isPropertyAssignment(holder.parent) ? holder.parent : holder;
  if (!(ts.isPropertyAssignment(fields) || ts.isMethodDeclaration(fields)) || propertyNameOf(fields.name) !== 'fields') return undefined;
  const config = fields.parent;
  if (!ts.isObjectLiteralExpression(config)) return undefined;
  const call = config.parent;
  if (!(ts.isNewExpression(call) || ts.isCallExpression(call)) || call.arguments?.[0] !== config) return undefined;
  const match = GRAPHQL_TYPE.exec(calleeNameOf(call));
  return match ? { call, config, input: match[1] === 'InputObject' } : undefined;
}

/** The name a call or `new` calls: `GraphQLObjectType` of `new GraphQLObjectType(...)`, `findAll` of `models.X.findAll()`. */
export function calleeNameOf(call: TS.NewExpression | TS.CallExpression): string {
  const callee = call.expression;
  return ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
}
