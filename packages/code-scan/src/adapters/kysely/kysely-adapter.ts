import type { ts as TS } from 'ts-morph';
import { ts } from '../../extract/typescript.js';
import { chainTables, readBuilderChain, type BuilderSpec } from '../../extract/read-builder-chain.js';
import type { ExtractContext } from '../../extract/extract-context.js';
import type { Fact, FieldFact, TypeExpr } from '../../facts/file-facts.js';
import type { ChainLink } from '../../extract/extract-context.js';
import type { OrmAdapter, Settings } from '../orm-adapter.js';
import { mapperSnakeCase } from '../naming/mapper-snake-case.js';

const SPEC: BuilderSpec = {
  adapter: 'kysely',
  tables: /^(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|using)$/,
  columns: {
    select: { access: 'read', args: 'all' },
    returning: { access: 'read', args: 'all' },
    groupBy: { access: 'read', args: 'all' },
    distinctOn: { access: 'read', args: 'all' },
    where: { access: 'filter', args: 'first' },
    whereRef: { access: 'filter', args: 'all' },
    having: { access: 'filter', args: 'first' },
    innerJoin: { access: 'filter', args: 'join' },
    leftJoin: { access: 'filter', args: 'join' },
    rightJoin: { access: 'filter', args: 'join' },
    fullJoin: { access: 'filter', args: 'join' },
    orderBy: { access: 'order', args: 'first' },
  },
  objects: { set: 'write', values: 'write' },
  expressionBuilder: true,
};

/** Kysely's builder types whose second argument names the tables in scope: `SelectQueryBuilder<DB, 'customers', O>`. */
const BUILDER_TYPES = /^(SelectQueryBuilder|UpdateQueryBuilder|DeleteQueryBuilder|InsertQueryBuilder|ExpressionBuilder|WhereInterface|ExpressionOrFactory)$/;

const QUERY_ROOTS = /^(selectFrom|insertInto|updateTable|deleteFrom|mergeInto)$/;

/**
 * Kysely: the `DB` interface (`interface DB { customers: CustomerTable }`, the row interfaces' keys are the
 * columns) and query chains `db.selectFrom('customers as c').select(['c.email']).where('email', '=', x)`; with
 * `new CamelCasePlugin()` in the service, those names are camelCase and map by the plugin's snake_case.
 */
export const kyselyAdapter: OrmAdapter = {
  name: 'kysely',
  kinds: [ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.NewExpression, ts.SyntaxKind.CallExpression],
  // A chain read or typed starts at a query root (its own, or the local's it refines) or a parameter of a builder type,
  // and the setting is a `new CamelCasePlugin()`: a file naming none of them has no such fact (its interfaces still may).
  needs: { words: /selectFrom|insertInto|updateTable|deleteFrom|mergeInto|QueryBuilder|ExpressionBuilder|WhereInterface|ExpressionOrFactory|CamelCasePlugin/, kinds: [ts.SyntaxKind.NewExpression, ts.SyntaxKind.CallExpression] },
  visit(node, context) {
    if (ts.isInterfaceDeclaration(node)) return interfaceModels(node, context);
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'CamelCasePlugin') {
      return [{ kind: 'setting', name: 'kysely.casing', value: 'camel' }];
    }
    if (!ts.isCallExpression(node)) return undefined;
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return undefined;
    const chain = context.chainOf(node);
    if (chain.links.some((link) => QUERY_ROOTS.test(link.name))) return readBuilderChain(chain, SPEC, context);
    // A helper's builder parameter: `(qb: SelectQueryBuilder<DB, 'customers', O>) => qb.where(...)`; a builder held
    // in a local and refined: `let builder = db.selectFrom('record')...; builder = builder.where(...)`.
    const tables = ts.isIdentifier(chain.root) ? [...parameterTables(chain.root, context), ...chainTables(declaredLinks(chain.root, context), SPEC, context).tables] : [];
    return tables.length > 0 ? readBuilderChain(chain, SPEC, context, undefined, tables) : undefined;
  },
  // `await db.selectFrom('record').innerJoin('ipld_block', ...).selectAll().executeTakeFirst()` is a row of those
  // tables (`execute()` a list of them), also when the builder was held in a local first: its keys are their columns.
  typeOfCall(call, context) {
    const chain = context.chainOf(call);
    const last = chain.links[chain.links.length - 1];
    if (!last || !EXECUTES.test(last.name)) return undefined;
    const links = ts.isIdentifier(chain.root) ? [...declaredLinks(chain.root, context), ...chain.links] : chain.links;
    if (!links.some((link) => QUERY_ROOTS.test(link.name))) return undefined;
    // An insert, update, delete or merge gives its rows only with `returning(...)`; else counts (`numUpdatedRows`).
    if (!links.some((link) => link.name === 'selectFrom' || link.name.startsWith('returning'))) return undefined;
    const { tables } = chainTables(links, SPEC, context);
    if (tables.length === 0) return undefined;
    const row: TypeExpr = { kind: 'table-row', adapter: 'kysely', tables };
    return last.name === 'execute' ? { kind: 'name', name: 'Array', args: [row] } : row;
  },
  // Under `CamelCasePlugin`, every name written in code (DB keys, row keys, query strings) is camelCase.
  tableName: (model, settings) => named(model.name, settings),
  columnName: (field, _model, settings) => named(field.property, settings),
  siteName: (name, settings) => named(name, settings),
};

/** The calls that run a query and give its rows: all of them, or the first. */
const EXECUTES = /^(execute|executeTakeFirst|executeTakeFirstOrThrow)$/;

/** The query a local holds (`let builder = db.selectFrom('record')...`): the links of its initializer's chain, if it starts one. */
function declaredLinks(root: TS.Identifier, context: ExtractContext): readonly ChainLink[] {
  const declaration = context.declarationOf(root);
  const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  if (!initializer || !ts.isCallExpression(initializer)) return [];
  const links = context.chainOf(initializer).links;
  return links.some((link) => QUERY_ROOTS.test(link.name)) ? links : [];
}

/** The tables a parameter's Kysely builder type names: `'customers'`, `'customers' | 'orders'`, `'customers as c'`. */
function parameterTables(root: TS.Identifier, context: ExtractContext): string[] {
  const declaration = context.declarationOf(root);
  const type = declaration && ts.isParameter(declaration) ? declaration.type : undefined;
  if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName) || !BUILDER_TYPES.test(type.typeName.text)) return [];
  const tables = type.typeArguments?.[1];
  const members = tables && ts.isUnionTypeNode(tables) ? tables.types : tables ? [tables] : [];
  return members.flatMap((member) => (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal) ? [member.literal.text] : []));
}

function named(name: string, settings: Settings): string {
  return settings.get('kysely.casing') === 'camel' ? mapperSnakeCase(name) : name;
}

/** The DB interface maps tables to row interfaces; a row interface's keys are column names as in the database. */
function interfaceModels(node: TS.InterfaceDeclaration, context: ExtractContext): Fact[] | undefined {
  const name = node.name.text;
  const fromKysely = [...['Generated', 'ColumnType', 'Selectable', 'Kysely']].some((imported) => context.importSource(imported) === 'kysely');
  const isDatabase = /^(DB|Database|\w+(Database|DB))$/.test(name);
  if (isDatabase) {
    return node.members.flatMap((member): Fact[] => {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type) || !ts.isIdentifier(member.type.typeName)) return [];
      const property = member.name.getText(context.sourceFile).replace(/^['"]|['"]$/g, '');
      const dot = property.indexOf('.');
      return [
        {
          kind: 'model',
          adapter: 'kysely',
          key: `kysely:${property}`,
          name: dot < 0 ? property : property.slice(dot + 1),
          ...(dot < 0 ? {} : { schema: property.slice(0, dot) }),
          base: `kysely-row:${member.type.typeName.text}`,
          location: context.locationOf(member.name),
          fields: [],
        },
      ];
    });
  }
  if (!fromKysely && !/Table$/.test(name)) return undefined;
  const fields: FieldFact[] = node.members.flatMap((member) => {
    if (!ts.isPropertySignature(member)) return [];
    const property = member.name.getText(context.sourceFile).replace(/^['"]|['"]$/g, '');
    return [{ property, location: context.locationOf(member.name), symbol: `${name}.${property}` }];
  });
  return [{ kind: 'model', adapter: 'kysely', key: `kysely-row:${name}`, name, options: { abstract: true }, location: context.locationOf(node.name), fields }];
}
