import { ts } from '../../extract/typescript.js';
import type { ts as TS } from 'ts-morph';
import { chainTables, readBuilderChain, type BuilderSpec } from '../../extract/read-builder-chain.js';
import { enclosingClass, type Chain, type ExtractContext } from '../../extract/extract-context.js';
import type { RowTypeFact, TypeExpr } from '../../facts/file-facts.js';
import { mapperSnakeCase } from '../naming/mapper-snake-case.js';
import type { OrmAdapter } from '../orm-adapter.js';

const KNEX_NAMES = /^(knex|db|trx|tx|k|pg|connection)$/i;

/** Knex's builder methods: Objection's query builder is Knex's, so its adapter reads chains with the same table. */
export const KNEX_SPEC: BuilderSpec = {
  adapter: 'knex',
  tables: /^(from|into|table|join|innerJoin|leftJoin|leftOuterJoin|rightJoin|fullOuterJoin)$/,
  columns: {
    select: { access: 'read', args: 'all' },
    first: { access: 'read', args: 'all' },
    pluck: { access: 'read', args: 'all' },
    returning: { access: 'read', args: 'all' },
    groupBy: { access: 'read', args: 'all' },
    distinct: { access: 'read', args: 'all' },
    where: { access: 'filter', args: 'first' },
    andWhere: { access: 'filter', args: 'first' },
    orWhere: { access: 'filter', args: 'first' },
    whereNot: { access: 'filter', args: 'first' },
    whereIn: { access: 'filter', args: 'first' },
    whereNotIn: { access: 'filter', args: 'first' },
    whereNull: { access: 'filter', args: 'first' },
    whereNotNull: { access: 'filter', args: 'first' },
    whereBetween: { access: 'filter', args: 'first' },
    whereLike: { access: 'filter', args: 'first' },
    whereILike: { access: 'filter', args: 'first' },
    having: { access: 'filter', args: 'first' },
    join: { access: 'filter', args: 'join' },
    innerJoin: { access: 'filter', args: 'join' },
    leftJoin: { access: 'filter', args: 'join' },
    orderBy: { access: 'order', args: 'first' },
    increment: { access: 'write', args: 'first' },
    decrement: { access: 'write', args: 'first' },
  },
  objects: { where: 'filter', andWhere: 'filter', orWhere: 'filter', whereNot: 'filter', update: 'write', insert: 'write', upsert: 'write', merge: 'write' },
};

/**
 * Knex: chains rooted at `knex('customers')` (or `db`, `trx`, a `Knex`-typed value), or at `knex.from(...)`,
 * `.into(...)`, `.table(...)`. Column names are database names as written: `select('email')`,
 * `.where({ email })`, `.update({ full_name })`, `.orderBy('created_at')`, `'c.email'` through `'customers as c'`.
 */
export const knexAdapter: OrmAdapter = {
  name: 'knex',
  kinds: [ts.SyntaxKind.CallExpression],
  visit(node, context) {
    if (!ts.isCallExpression(node)) return undefined;
    if (ts.isIdentifier(node.expression) && node.expression.text === 'knexSnakeCaseMappers') return [{ kind: 'setting', name: 'knex.casing', value: 'snake' }];
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return undefined;
    const query = knexChainOf(node, context);
    if (!query) return undefined;
    const facts = readBuilderChain(query.chain, KNEX_SPEC, context, query.firstTable);
    const rowType = rowTypeOf(query.chain, context);
    return rowType ? [...(facts ?? []), rowType] : facts;
  },
  // `await knex('customers').where(...).first()` is a row of customers, without `.first()` a list of them: the
  // keys read from it (`row.full_name`, in a mapper the row is handed to) are its columns.
  typeOfCall(call, context) {
    const query = knexChainOf(call, context);
    const last = query?.chain.links[query.chain.links.length - 1];
    if (!query || !last || NOT_ROWS.test(last.name)) return undefined;
    const { tables } = chainTables(query.chain.links, KNEX_SPEC, context, query.firstTable);
    if (tables.length === 0) return undefined;
    const row: TypeExpr = { kind: 'table-row', adapter: 'knex', tables };
    return last.name === 'first' ? row : { kind: 'name', name: 'Array', args: [row] };
  },
  // Objection's `knexSnakeCaseMappers()` in the knex config: code names tables and columns in camelCase.
  siteName: (name, settings) => (settings.get('knex.casing') === 'snake' ? mapperSnakeCase(name) : name),
};

/** Calls whose result is not rows: counts, plucked values, affected-row counts, SQL text. */
const NOT_ROWS = /^(pluck|count|countDistinct|min|max|sum|avg|del|delete|update|insert|upsert|increment|decrement|truncate|toSQL|toString|toQuery|raw|transaction|destroy|schema|migrate|fn|ref)$/;

/** The knex query a call ends, with the table its first call names (`knex('customers')`, `this.db(TABLE)`). */
function knexChainOf(node: TS.CallExpression, context: ExtractContext): { chain: Chain; firstTable?: TS.Expression } | undefined {
  const chain = context.chainOf(node);
  const first = chain.links[0];
  if (!first) return undefined;
  // `this.db('customers')` reads as a call of the method `db` on `this`: its callee is the root.
  const onThis = chain.root.kind === ts.SyntaxKind.ThisKeyword;
  const root = onThis ? first.call.expression : chain.root;
  const rootName = ts.isIdentifier(root) ? root.text : ts.isPropertyAccessExpression(root) ? root.name.text : '';
  // Names first: inferring the root's type is the costly test, needed only for other names.
  const isKnex =
    KNEX_NAMES.test(rootName) ||
    (ts.isIdentifier(root) && context.importSource(root.text) === 'knex') ||
    isKnexField(root, context) ||
    isKnexType(context.typeOf(root));
  if (!isKnex) return undefined;
  if (first.call.expression === root) return first.args[0] ? { chain, firstTable: first.args[0] } : { chain };
  // `knex.withSchema(db.schema()).from('_nango_accounts')`: the schema first, then the query.
  const start = first.name === 'withSchema' ? chain.links[1] : first;
  return start && /^(from|into|table|select|insert|update|where)$/.test(start.name) ? { chain } : undefined;
}

/**
 * The row type a query's table call is given: `knex<DBTeam>('_nango_accounts')`, `db.from<DBUser>('users as u')`,
 * `trx.into<DBJob>('jobs')`, `db.table<DBX>('x')`; the first such call with a named type and a constant table.
 */
const ROW_TABLE_CALL = /^(from|into|table)$/;

function rowTypeOf(chain: Chain, context: ExtractContext): RowTypeFact | undefined {
  for (const [index, link] of chain.links.entries()) {
    // `knex<T>('t')`, `this.db<T>('t')`: the root called with the table; else a table call of the chain.
    const callee = link.call.expression;
    const plain = index === 0 && (ts.isIdentifier(callee) || (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword));
    if (!plain && !ROW_TABLE_CALL.test(link.name)) continue;
    const type = link.call.typeArguments?.[0];
    const table = link.args[0] && context.stringOf(link.args[0]);
    if (!type || !ts.isTypeReferenceNode(type) || table === undefined) continue;
    const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
    const tableName = table.split(/\s+as\s+/i)[0]!.trim();
    if (tableName === '') continue;
    return { kind: 'row-type', adapter: 'knex', name, table: tableName, location: context.locationOf(type) };
  }
  return undefined;
}

/** `this.database` where the class declares `database: Knex` (a field or `constructor(private database: Knex)`). */
function isKnexField(root: TS.Expression, context: ExtractContext): boolean {
  if (!ts.isPropertyAccessExpression(root) || root.expression.kind !== ts.SyntaxKind.ThisKeyword) return false;
  const owner = enclosingClass(root);
  if (!owner) return false;
  const name = root.name.text;
  for (const member of owner.members) {
    if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === name && member.type) return isKnexType(context.typeOfNode(member.type));
    if (ts.isConstructorDeclaration(member)) {
      const parameter = member.parameters.find((candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === name);
      if (parameter?.type) return isKnexType(context.typeOfNode(parameter.type));
    }
  }
  return false;
}

function isKnexType(type: TypeExpr | undefined): boolean {
  return type?.kind === 'name' && /^Knex/.test(type.name);
}
