import { ts } from '../../extract/typescript.js';
import { readBuilderChain, type BuilderSpec } from '../../extract/read-builder-chain.js';
import type { TypeExpr } from '../../facts/file-facts.js';
import { mapperSnakeCase } from '../naming/mapper-snake-case.js';
import type { OrmAdapter } from '../orm-adapter.js';

const KNEX_NAMES = /^(knex|db|trx|tx|k|pg|connection)$/i;

const SPEC: BuilderSpec = {
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
    const chain = context.chainOf(node);
    const first = chain.links[0];
    if (!first) return undefined;
    const root = chain.root;
    const rootName = ts.isIdentifier(root) ? root.text : ts.isPropertyAccessExpression(root) ? root.name.text : '';
    // Names first: inferring the root's type is the costly test, needed only for other names.
    const isKnex =
      KNEX_NAMES.test(rootName) ||
      (ts.isIdentifier(root) && context.importSource(root.text) === 'knex') ||
      isKnexType(context.typeOf(root));
    if (!isKnex) return undefined;
    if (first.call.expression === root) return readBuilderChain(chain, SPEC, context, first.args[0]);
    return /^(from|into|table|select|insert|update|where)$/.test(first.name) ? readBuilderChain(chain, SPEC, context) : undefined;
  },
  // Objection's `knexSnakeCaseMappers()` in the knex config: code names tables and columns in camelCase.
  siteName: (name, settings) => (settings.get('knex.casing') === 'snake' ? mapperSnakeCase(name) : name),
};

function isKnexType(type: TypeExpr | undefined): boolean {
  return type?.kind === 'name' && /^Knex/.test(type.name);
}
