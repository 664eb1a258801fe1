import type { Access } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from '../../extract/typescript.js';
import type { ExtractContext } from '../../extract/extract-context.js';
import { propertyNameOf, propertyValue } from '../../extract/decorators-of.js';
import { readQueryObject } from '../../extract/read-query-object.js';
import { visitDescendants } from '../../extract/visit-descendants.js';
import type { Fact, FieldFact, TypeExpr } from '../../facts/file-facts.js';
import { snakeCase } from '../naming/snake-case.js';
import type { OrmAdapter } from '../orm-adapter.js';

const TABLE_FACTORIES = /^(pgTable|mysqlTable|sqliteTable|table)$/;

/**
 * Drizzle: `export const customers = pgTable('customers', { fullName: text('full_name') })` maps a table value;
 * a column is the builder's first string argument, else the key (snake_cased under `casing: 'snake_case'`).
 * Reads are `customers.email` property accesses (found by the core); writes are the keys of `insert(customers).values({...})` and `update(customers).set({...})`;
 * `db.query.customers.findMany({ columns, where, orderBy })` names columns by key and through its callbacks.
 */
export const drizzleAdapter: OrmAdapter = {
  name: 'drizzle',
  kinds: [ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.CallExpression],
  visit(node, context) {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isCallExpression(node.initializer)) {
      return tableOf(node.name.text, node.initializer, context);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) return writeSites(node, node.expression, context);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && /^(drizzle|defineConfig)$/.test(node.expression.text)) return casingOf(node, context);
    return undefined;
  },
  // `drizzle({ casing: 'snake_case' })` maps an unnamed column's key `fullName` to `full_name`; else the key as is.
  columnName: (field, _model, settings) => (settings.get('drizzle.casing') === 'snake_case' ? snakeCase(field.property) : field.property),
  // `db.query.customers.findFirst(...)` is a row of the table `customers` holds; `findMany` an array of them.
  typeOfCall(call, context) {
    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee) && STAR_LINKS.test(callee.name.text)) return starSelectRows(call, context);
    if (!ts.isPropertyAccessExpression(callee) || !/^(findMany|findFirst)$/.test(callee.name.text) || !ts.isPropertyAccessExpression(callee.expression)) return undefined;
    const holder = callee.expression;
    if (!ts.isPropertyAccessExpression(holder.expression) || holder.expression.name.text !== 'query') return undefined;
    const row: TypeExpr = { kind: 'value', name: holder.name.text };
    return callee.name.text === 'findMany' ? { kind: 'name', name: 'Array', args: [row] } : row;
  },
};

/** The links a `select().from(t)` chain may end at and still give whole rows of `t`. */
const STAR_LINKS = /^(from|where|orderBy|limit|offset|groupBy|having|for|\$dynamic)$/;
/** Joins make each row an object keyed by table (`{ user: ..., early_access: ... }`): no longer a row of one table. */
const JOIN_LINKS = /^(innerJoin|leftJoin|rightJoin|fullJoin|crossJoin)$/;

/**
 * `db.select().from(connection).where(...).limit(1)` (Zero's `auth.ts`): a select of no fields gives whole rows of the
 * table `from` names, so `const [details] = await ...` is a row and `details.picture` reads its column. A chain with
 * a join, or a select given fields (`select({ id: t.id })`, which the flows read), is none of this.
 */
function starSelectRows(call: TS.CallExpression, context: ExtractContext): TypeExpr | undefined {
  const links = context.chainOf(call).links;
  const select = links.find((link) => link.name === 'select' || link.name === 'selectDistinct');
  const from = links.find((link) => link.name === 'from');
  if (!select || select.args.length > 0 || !from?.args[0] || links.some((link) => JOIN_LINKS.test(link.name))) return undefined;
  const table = context.typeOf(from.args[0]);
  return table?.kind === 'value' ? { kind: 'name', name: 'Array', args: [table] } : undefined;
}

/** `drizzle(client, { casing: 'snake_case' })`, `drizzle({ connection, casing })`, drizzle-kit's `defineConfig({ casing })`. */
function casingOf(call: TS.CallExpression, context: ExtractContext): Fact[] | undefined {
  for (const arg of call.arguments) {
    const casing = propertyValue(arg, 'casing');
    const value = casing ? context.stringOf(casing) : undefined;
    if (value) return [{ kind: 'setting', name: 'drizzle.casing', value }];
  }
  return undefined;
}

function tableOf(name: string, call: TS.CallExpression, context: ExtractContext): Fact[] | undefined {
  const callee = call.expression;
  const factory = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  const creator = !TABLE_FACTORIES.test(factory) && ts.isIdentifier(callee) ? tableCreatorOf(callee, context) : undefined;
  if (creator?.kind === 'unread') return call.arguments[1] && ts.isObjectLiteralExpression(call.arguments[1]) ? [unreadCreator(call, callee as TS.Identifier, creator.why, context)] : undefined;
  if (!TABLE_FACTORIES.test(factory) && !creator) return undefined;
  const schemaCall = factory === 'table' && ts.isPropertyAccessExpression(callee) ? schemaOfReceiver(callee.expression, context) : undefined;
  if (factory === 'table' && schemaCall === undefined) return undefined;
  const [tableArg, columnsArg] = call.arguments;
  const written = tableArg ? context.stringOf(tableArg) : undefined;
  const table = written !== undefined && creator ? `${creator.prefix}${written}${creator.suffix}` : written;
  if (table === undefined || !columnsArg || !ts.isObjectLiteralExpression(columnsArg)) return undefined;
  const schema = schemaCall && schemaCall !== IMPORTED_SCHEMA && schemaCall.arguments[0] ? context.stringOf(schemaCall.arguments[0]) : undefined;
  const fields: FieldFact[] = [];
  for (const property of columnsArg.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = propertyNameOf(property.name);
    if (key === undefined) continue;
    const builder = context.chainOf(rootCall(property.initializer) ?? call).links[0];
    const column = builder?.args[0] ? context.stringOf(builder.args[0]) : undefined;
    fields.push({
      property: key,
      location: context.locationOf(property.name),
      symbol: `${name}.${key}`,
      ...(column === undefined ? {} : { column }),
    });
  }
  return [
    {
      kind: 'model',
      adapter: 'drizzle',
      key: `value:${name}`,
      name,
      table,
      location: context.locationOf(call),
      fields,
      ...(schema === undefined ? {} : { schema }),
    },
  ];
}

/** drizzle's table factories that name tables through a function: `pgTableCreator((name) => `app_${name}`)`. */
const TABLE_CREATORS = /^(pg|mysql|sqlite|singlestore)TableCreator$/;
/** The drizzle-orm entry points a schema file imports its column builders from. */
const DRIZZLE_CORE = /^drizzle-orm\/(pg|mysql|sqlite|singlestore)-core$/;

type TableCreator = { readonly kind: 'read'; readonly prefix: string; readonly suffix: string } | { readonly kind: 'unread'; readonly why: string };

/**
 * The table factory a call names when it is no drizzle function of its own: `createTable('user', {...})` with
 * `` export const createTable = pgTableCreator((name) => `mail0_${name}`) `` in the file (Zero's `packages/db/src/schema.ts`,
 * create-t3-app's default schema) names the table `mail0_user`. Read: a template literal or a `+` of string literals
 * around the function's one parameter. `unread` (a warning naming the file) when the creator's function is anything
 * else, or when the factory is imported from another module in a file that imports drizzle's column builders and
 * hands it a name and an object of column builders: its tables' names are not known here. Undefined for any other
 * call.
 */
function tableCreatorOf(callee: TS.Identifier, context: ExtractContext): TableCreator | undefined {
  const declaration = context.declarationOf(callee);
  if (!declaration) {
    const module = context.importSource(callee.text);
    const drizzleFile = context.sourceFile.statements.some((statement) => ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && DRIZZLE_CORE.test(statement.moduleSpecifier.text));
    return module !== undefined && !module.startsWith('drizzle-orm') && drizzleFile && /table/i.test(callee.text) ? { kind: 'unread', why: `${callee.text} is imported from ${module}` } : undefined;
  }
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const made = declaration.initializer;
  if (!ts.isCallExpression(made) || !ts.isIdentifier(made.expression) || !TABLE_CREATORS.test(made.expression.text)) return undefined;
  const fn = made.arguments[0];
  const parameter = fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parameters.length === 1 && ts.isIdentifier(fn.parameters[0]!.name) ? fn.parameters[0]!.name.text : undefined;
  const body = parameter !== undefined && ts.isArrowFunction(fn!) && !ts.isBlock(fn.body) ? fn.body : undefined;
  const parts = body && aroundParameter(body, parameter!);
  return parts ? { kind: 'read', ...parts } : { kind: 'unread', why: `${callee.text} is made by ${made.expression.text} with a function that is not a template around its parameter` };
}

/** `` `mail0_${name}` ``, `'mail0_' + name`, `name + '_v2'`: the literal text before and after the parameter. */
function aroundParameter(body: TS.Expression, parameter: string): { readonly prefix: string; readonly suffix: string } | undefined {
  while (ts.isParenthesizedExpression(body)) body = body.expression;
  if (ts.isTemplateExpression(body) && body.templateSpans.length === 1) {
    const span = body.templateSpans[0]!;
    return ts.isIdentifier(span.expression) && span.expression.text === parameter ? { prefix: body.head.text, suffix: span.literal.text } : undefined;
  }
  if (ts.isBinaryExpression(body) && body.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const literal = (expression: TS.Expression): string | undefined => (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression) ? expression.text : undefined);
    const isParameter = (expression: TS.Expression): boolean => ts.isIdentifier(expression) && expression.text === parameter;
    if (isParameter(body.right) && literal(body.left) !== undefined) return { prefix: literal(body.left)!, suffix: '' };
    if (isParameter(body.left) && literal(body.right) !== undefined) return { prefix: '', suffix: literal(body.right)! };
  }
  return undefined;
}

/** The warning for a table made by a factory whose names the scan cannot read: its columns are not mapped. */
function unreadCreator(call: TS.CallExpression, callee: TS.Identifier, why: string, context: ExtractContext): Fact {
  const location = context.locationOf(call);
  const written = call.arguments[0] ? context.stringOf(call.arguments[0]) : undefined;
  return {
    kind: 'diagnostic-fact',
    diagnostic: {
      kind: 'diagnostic',
      code: 'code/unresolved-table-name',
      message: `${location.file}:${location.line}: ${callee.text}(${written === undefined ? '...' : `'${written}'`}, {...}) looks like a drizzle table, but its name is not known (${why}): its columns are not mapped`,
      location,
    },
  };
}

/** A schema object another module declares (`import { latitudeSchema } from '../db-schema'`): its name is not read here. */
const IMPORTED_SCHEMA = 'imported';

/** `pgSchema('x')`, `mysqlSchema('x')`: what a table's schema object is made by. */
const SCHEMA_FACTORIES = /^(pgSchema|mysqlSchema)$/;

/**
 * The schema a `.table(...)` receiver is: `pgSchema('auth').table(...)`, a const of the file made by `pgSchema('auth')`,
 * or an imported value named as one (`latitudeSchema`), whose table then resolves by its name (the one schema that has
 * it). Undefined for anything else: a `.table('x', {...})` of another library is no drizzle table.
 */
function schemaOfReceiver(receiver: TS.Expression, context: ExtractContext): TS.CallExpression | typeof IMPORTED_SCHEMA | undefined {
  if (ts.isCallExpression(receiver)) return receiver;
  if (!ts.isIdentifier(receiver)) return undefined;
  const declaration = context.declarationOf(receiver);
  if (declaration && ts.isVariableDeclaration(declaration)) {
    const made = declaration.initializer;
    return made && ts.isCallExpression(made) && ts.isIdentifier(made.expression) && SCHEMA_FACTORIES.test(made.expression.text) ? made : undefined;
  }
  return /schema$/i.test(receiver.text) && context.importSource(receiver.text) !== undefined ? IMPORTED_SCHEMA : undefined;
}

/** The outermost call of `text('x').notNull().default(...)`, whose chain starts at the builder. */
function rootCall(expression: TS.Expression): TS.CallExpression | undefined {
  return ts.isCallExpression(expression) ? expression : undefined;
}

function writeSites(call: TS.CallExpression, callee: TS.PropertyAccessExpression, context: ExtractContext): Fact[] | undefined {
  const method = callee.name.text;
  if (method === 'values' || method === 'set') {
    const target = context.chainOf(call).links.find((link) => link.name === 'insert' || link.name === 'update');
    const table = target?.args[0];
    const owner = table ? context.typeOf(table) : undefined;
    if (!owner || owner.kind !== 'value') return undefined;
    return readQueryObject(call.arguments[0], { owner, access: 'write', adapter: 'drizzle', context });
  }
  if (/^(findMany|findFirst)$/.test(method) && ts.isPropertyAccessExpression(callee.expression)) {
    const holder = callee.expression;
    if (!ts.isPropertyAccessExpression(holder.expression) || holder.expression.name.text !== 'query') return undefined;
    const owner: TypeExpr = { kind: 'value', name: holder.name.text };
    const options = call.arguments[0];
    if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
    const sites: Fact[] = [];
    for (const property of options.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const key = propertyNameOf(property.name);
      if (key === 'columns') sites.push(...readQueryObject(property.initializer, { owner, access: 'read', adapter: 'drizzle', context }));
      if (key === 'where' || key === 'orderBy') sites.push(...callbackSites(property.initializer, owner, key === 'where' ? 'filter' : 'order', context));
    }
    return sites;
  }
  return undefined;
}

/**
 * The query API's `where: (t, { eq }) => eq(t.email, x)` and `orderBy: (t, { desc }) => [desc(t.createdAt)]`: the
 * callback's first parameter is the table. (`where: eq(customers.email, x)` is a property read the core finds.)
 */
function callbackSites(value: TS.Expression, owner: TypeExpr, access: Access, context: ExtractContext): Fact[] {
  if (!(ts.isArrowFunction(value) || ts.isFunctionExpression(value))) return [];
  const table = value.parameters[0]?.name;
  if (!table || !ts.isIdentifier(table)) return [];
  const sites: Fact[] = [];
  visitDescendants(value.body, (node) => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === table.text) {
      const symbol = context.symbolOf(node);
      sites.push({
        kind: 'property-site',
        adapter: 'drizzle',
        owner,
        path: [node.name.text],
        access,
        location: context.locationOf(node.name),
        ...(symbol === undefined ? {} : { symbol }),
      });
    }
  });
  return sites;
}
