import type { ts as TS } from 'ts-morph';
import { ts } from '../../extract/typescript.js';
import { propertyNameOf, propertyValue } from '../../extract/decorators-of.js';
import { unwrapped } from '../../extract/shape-facts.js';
import type { ExtractContext } from '../../extract/extract-context.js';
import type { Fact, RowTypeFact, SqlRefFact } from '../../facts/file-facts.js';
import { dynamicSqlFact, sqlFactsOf } from '../../sql/sql-site-of.js';
import { isNestedSqlFragment, isSqlTag, type SqlText } from '../../extract/sql-text-of.js';
import { visitDescendants } from '../../extract/visit-descendants.js';
import type { OrmAdapter } from '../orm-adapter.js';
import { columnSetSites, helperColumnListSites } from './column-lists.js';

/** Receivers of `.query(sql)` known to run SQL: pg, TypeORM, Sequelize, slonik. */
const SQL_RECEIVER_TYPES = /^(Client|Pool|PoolClient|DataSource|EntityManager|QueryRunner|Sequelize|DatabasePool|DatabaseConnection|DatabaseTransactionConnection)$/;
const SQL_RECEIVER_NAMES = /(client|pool|db|manager|datasource|connection|queryrunner|^tx$|^trx$|sequelize|conn)$/i;
const LOOKS_LIKE_SQL = /^\s*(\(\s*)?(select|insert|update|delete|with|merge|values|table)\b/i;
/** A URL or URL path (`'/library/sections'`, `` `/library/metadata/${key}` ``, `'https://...'`): what an HTTP client's `query` takes, never SQL (a `/*` comment is). */
const URL_TEXT = /^\s*(\/(?!\*)|[a-z][a-z+.-]*:\/\/)/i;
/**
 * Calls whose first argument is SQL: pg's `query`, slonik's `one`, `many`, ..., postgres.js `unsafe`, pg-promise's
 * `none`, `oneOrNone`, `manyOrNone`, `result`, `multi` and the query executors projects wrap it in (`select`,
 * `selectOne`, `selectOneOrNone`; a Knex or Kysely `select('id')` is no statement and is left to them), Sails'
 * `sendNativeQuery` (Waterline's datastore).
 */
const QUERY_METHODS = /^(query|sendNativeQuery|unsafe|any|anyFirst|many|manyFirst|maybeOne|maybeOneFirst|one|oneFirst|exists|raw|\$queryRawUnsafe|\$executeRawUnsafe|none|oneOrNone|manyOrNone|result|multi|select|selectOne|selectOneOrNone)$/;

/** Sails' `sails.sendNativeQuery(sql, values)`, `sails.getDatastore().sendNativeQuery(...)`. */
const NATIVE_QUERY = 'sendNativeQuery';
/** Methods of a known SQL receiver whose first argument is always SQL: text that is not static is dynamic SQL. */
const SQL_ONLY_METHODS: ReadonlySet<string> = new Set(['query', NATIVE_QUERY]);

const BARE_QUERY_FUNCTIONS = /^(rawQuery|queryRaw|executeQuery|runSql)$/;

/**
 * Raw SQL in code: string literals and templates handed to `client.query(...)` (pg Client/Pool, TypeORM
 * DataSource/EntityManager/QueryRunner, Sequelize, slonik), the ORMs' escape hatches (`knex.raw`, Prisma's
 * `$queryRaw\`...\`` and `$queryRawUnsafe`), and `sql\`...\`` tagged templates (postgres.js, slonik), parsed
 * by PostgreSQL's parser with `${...}` as `$n` placeholders.
 */
export const rawSqlAdapter: OrmAdapter = {
  name: 'raw-sql',
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.TaggedTemplateExpression, ts.SyntaxKind.NewExpression],
  visit(node, context) {
    if (ts.isNewExpression(node)) return columnSetSites(node, context);
    const listed = ts.isCallExpression(node) ? helperColumnListSites(node, context) : undefined;
    if (listed) return listed;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && QUERY_METHODS.test(node.expression.name.text)) {
      return queryCallFacts(node, node.expression, context);
    }
    // A query function taken off a client (`const { rawQuery } = prisma; rawQuery(sql, params)`): SQL-looking text only.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && BARE_QUERY_FUNCTIONS.test(node.expression.text)) {
      const sql = node.arguments[0] && !ts.isTaggedTemplateExpression(node.arguments[0]) ? context.sqlTextOf(node.arguments[0]) : undefined;
      return sql && LOOKS_LIKE_SQL.test(sql.text) ? withValues(factOf(namedParameters(sql), node.arguments[0]!, context, true), node.arguments[1], context) : undefined;
    }
    if (ts.isTaggedTemplateExpression(node) && isSqlTag(node.tag) && !isNestedSqlFragment(node)) return taggedFacts(node, context);
    return undefined;
  },
};

function queryCallFacts(call: TS.CallExpression, callee: TS.PropertyAccessExpression, context: ExtractContext): Fact[] | undefined {
  const first = call.arguments[0];
  // pg's query config object: `client.query({ text: 'SELECT ...', values })`.
  const arg = first && ts.isObjectLiteralExpression(first) ? propertyValue(first, 'text') : first;
  if (!arg || ts.isTaggedTemplateExpression(arg)) return undefined;
  const receiverType = context.typeOf(callee.expression);
  const receiverName = ts.isIdentifier(callee.expression) ? callee.expression.text : ts.isPropertyAccessExpression(callee.expression) ? callee.expression.name.text : '';
  // Sails' datastore method takes nothing but SQL, whatever it is called on.
  const knownReceiver = (receiverType?.kind === 'name' && SQL_RECEIVER_TYPES.test(receiverType.name)) || SQL_RECEIVER_NAMES.test(receiverName) || callee.name.text === NATIVE_QUERY;
  const sql = context.sqlTextOf(arg);
  if (!sql) {
    if (readsSqlFile(arg, context)) return undefined;
    if (!knownReceiver || !SQL_ONLY_METHODS.has(callee.name.text) || ts.isObjectLiteralExpression(arg)) return undefined;
    return [dynamicSqlFact(context.locationOf(arg), `the query passed to ${receiverName || 'query'}.${callee.name.text}()`)];
  }
  if (!LOOKS_LIKE_SQL.test(sql.text) && !(knownReceiver && SQL_ONLY_METHODS.has(callee.name.text))) return undefined;
  // jellyseerr's `this.plexClient.query('/library/sections')`: a receiver named `*Client` that is an HTTP client.
  if (URL_TEXT.test(sql.text)) return undefined;
  const values = arg === first ? call.arguments[1] : propertyValue(first, 'values');
  const raw = callee.name.text === 'raw' ? knexRaw(isSelectItem(call) ? asSelectItem(sql) : sql) : sql;
  return withValues(factOf(namedParameters(raw), arg, context, true), values, context);
}

/** Builder calls whose arguments are items of a select list: `.select('id', knex.raw('(SELECT ...) as logs'))`. */
const SELECT_LIST_METHODS = /^(select|first|distinct|column|columns)$/;

/**
 * `db.knex.raw(...)` handed to a builder's `.select(...)`: one item of its select list (nango's correlated subquery
 * `(SELECT json_build_object(...) FROM active_logs WHERE ...) as active_logs`), which is no statement of its own.
 */
function isSelectItem(call: TS.CallExpression): boolean {
  const parent = call.parent;
  return ts.isCallExpression(parent) && parent.arguments.includes(call) && ts.isPropertyAccessExpression(parent.expression) && SELECT_LIST_METHODS.test(parent.expression.name.text);
}

const SELECT_ITEM_PREFIX = 'SELECT ';

/** A select item read as the statement `SELECT <item>`: its own `FROM` scopes its columns; offsets still map to the source. */
function asSelectItem(sql: SqlText): SqlText {
  return {
    ...sql,
    text: SELECT_ITEM_PREFIX + sql.text,
    locate: (offset) => sql.locate(Math.max(0, offset - SELECT_ITEM_PREFIX.length)),
    rewritten: (unknownAs) => asSelectItem(sql.rewritten(unknownAs)),
  };
}

/** A placeholder as written: `$1`, pg-promise's `$(name)`, `$<name>`, `$[name]`, `$/name/`, `{{name}}`, `:name`, `$name`. */
const PLACEHOLDER = /^(?:\$(\d+)|\$[(<[/]([\w.]+)|\{\{\s*([\w.]+)|:([A-Za-z_]\w*)|\$([A-Za-z_]\w*))/;

/**
 * The values a call passes for the statement's placeholders (`SqlSite.parameters`, located at the placeholder): `$1`
 * is the first element of an array literal (`[tenantId, id]`), a named one the key of an object literal (`{ tenantId }`
 * for `$(tenantId)`). Each is moved to that value, where the fold ties a function's parameter passed there to the
 * column (not a usage of its own: the statement already names the column); the others are dropped.
 */
function withValues(facts: Fact[], values: TS.Expression | undefined, context: ExtractContext): Fact[] {
  const given = values && unwrapped(values);
  const text = context.sourceFile.text;
  const rowTypes: RowTypeFact[] = [];
  const moved = facts.map((fact): Fact => {
    if (fact.kind !== 'sql-site' || fact.parameters === undefined) return fact;
    const { parameters, ...site } = fact;
    if (!given) return site;
    // `qx.result(sql, data)`: an object whose keys the named placeholders take.
    const whole = ts.isIdentifier(given) || ts.isPropertyAccessExpression(given);
    if (!whole && !ts.isArrayLiteralExpression(given) && !ts.isObjectLiteralExpression(given)) return site;
    const moved: SqlRefFact[] = [];
    for (const parameter of parameters) {
      const position = context.sourceFile.getPositionOfLineAndCharacter(parameter.location.line - 1, (parameter.location.column ?? 1) - 1);
      const match = PLACEHOLDER.exec(text.slice(position, position + 64));
      if (!match) continue;
      const key = match.slice(2).find((name) => name !== undefined);
      if (whole) {
        if (key !== undefined) moved.push({ ...parameter, location: context.locationOf(given), key });
        continue;
      }
      const value = key === undefined ? elementAt(given, Number(match[1]) - 1) : keyNamed(given, key);
      if (value) moved.push({ ...parameter, location: context.locationOf(value) });
      const rowType = value && payloadRowType(value, parameter, context);
      if (rowType) rowTypes.push(rowType);
    }
    return moved.length > 0 ? { ...site, parameters: moved } : site;
  });
  return rowTypes.length > 0 ? [...moved, ...rowTypes] : moved;
}

/**
 * `{ resolutionEmailSentTo: data.resolutionEmailSentTo }` for `$(resolutionEmailSentTo)`, in a function that takes
 * `data: IMarkDataIssueAsResolvedPayload`: the payload type's field is the value of the placeholder's column, so the
 * type is a row type of that column's table (`RowTypeFact`), in its package and where callers import the function
 * (crowd.dev's data-access layer). Only a parameter's declared type named by a plain reference, only where the
 * statement names the table (an alias or the one table of the placeholder's scope); a type whose fields reach two
 * tables is tied to neither by the fold.
 */
function payloadRowType(name: TS.Node, parameter: SqlRefFact, context: ExtractContext): RowTypeFact | undefined {
  const property = name.parent;
  if (!property || !ts.isPropertyAssignment(property) || property.name !== name) return undefined;
  const value = unwrapped(property.initializer);
  if (!ts.isPropertyAccessExpression(value) || !ts.isIdentifier(value.expression) || value.name.text !== propertyNameOf(property.name)) return undefined;
  const declaration = context.declarationOf(value.expression);
  const type = declaration && ts.isParameter(declaration) ? declaration.type : undefined;
  if (!type || !ts.isTypeReferenceNode(type) || type.typeArguments !== undefined) return undefined;
  const table = placeholderTable(parameter);
  if (table === undefined) return undefined;
  const typeName = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  return { kind: 'row-type', adapter: 'raw-sql', name: typeName, table, location: context.locationOf(value) };
}

/** The table a placeholder's column belongs to, as the statement writes it: by its alias, or the one table of its scope. */
function placeholderTable(parameter: SqlRefFact): string | undefined {
  const { name, scopes } = parameter;
  const named = (table: { readonly schema?: string; readonly name: string } | undefined): string | undefined => table && (table.schema === undefined ? table.name : `${table.schema}.${table.name}`);
  if (name.length === 3) return `${name[0]}.${name[1]}`;
  if (name.length === 2) {
    for (const tables of scopes) {
      const found = tables.find((table) => table.alias === name[0]);
      if (found) return named(found.table);
    }
    return undefined;
  }
  const innermost = scopes[0];
  return innermost?.length === 1 ? named(innermost[0]!.table) : undefined;
}

function elementAt(values: TS.Expression, index: number): TS.Node | undefined {
  const element = ts.isArrayLiteralExpression(values) ? values.elements[index] : undefined;
  return element && !ts.isSpreadElement(element) && !ts.isOmittedExpression(element) ? element : undefined;
}

function keyNamed(values: TS.Expression, name: string): TS.Node | undefined {
  if (!ts.isObjectLiteralExpression(values)) return undefined;
  for (const property of values.properties) {
    if ((ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && propertyNameOf(property.name) === name) return property.name;
  }
  return undefined;
}

/**
 * Named parameters the drivers fill in before PostgreSQL sees the statement: `{{name}}` and `{{name::uuid}}` (umami's
 * `rawQuery`), pg-promise's `$(name)`, `$(ids:csv)`,
 * `$<name>`, `$[name]`, `$/name/`, Sequelize's `$name` binds and `:name` replacements. Each becomes `$1` padded with
 * spaces to its length, so the statement parses and offsets still map to the source; `::type` casts, `$1`, dollar
 * quotes (`$body$`) and text inside words (`'10:30'`) stay.
 */
const NAMED_PARAMETER = /\{\{\s*[\w.]+(?:::\w+)?\s*\}\}|\$\([\w.:-]+\)|\$<[\w.:-]+>|\$\[[\w.:-]+\]|\$\/[\w.:-]+\/|(?<![\w$])\$[A-Za-z_]\w*(?![\w$])|(?<![\w:]):[A-Za-z_]\w*(?![\w:])/g;

function namedParametersAsPlaceholders(text: string): string {
  return text.replace(NAMED_PARAMETER, (match) => `$1${' '.repeat(match.length - 2)}`);
}

function namedParameters(sql: SqlText): SqlText {
  const text = namedParametersAsPlaceholders(sql.text);
  return text === sql.text ? sql : { ...sql, text, rewritten: (unknownAs) => namedParameters(sql.rewritten(unknownAs)) };
}

/**
 * Knex's `?` value bindings become `0`, a literal of the same length, so PostgreSQL parses the statement and
 * offsets still map to the source; `??` (an identifier binding) stays and makes the statement unreadable.
 */
export function knexBindingsAsLiterals(text: string): string {
  return text.replace(/(?<!\?)\?(?!\?)/g, '0');
}

function knexRaw(sql: SqlText): SqlText {
  return { ...sql, text: knexBindingsAsLiterals(sql.text), rewritten: (unknownAs) => knexRaw(sql.rewritten(unknownAs)) };
}

function taggedFacts(node: TS.TaggedTemplateExpression, context: ExtractContext): Fact[] | undefined {
  const sql = context.sqlTextOf(node);
  if (!sql || !LOOKS_LIKE_SQL.test(sql.text)) return undefined;
  return factOf(sql, node.template, context);
}

function factOf(sql: SqlText, at: TS.Node, context: ExtractContext, parameters = false): Fact[] {
  const symbol = context.symbolOf(at);
  return sqlFactsOf({
    text: sql.text,
    locate: sql.locate,
    location: context.locationOf(at),
    adapter: 'raw-sql',
    substitutions: sql.substitutions,
    fragments: sql.fragments,
    parameters,
    ...(symbol === undefined ? {} : { symbol }),
  }, sql.rewritten);
}

/**
 * `const text = await readFile(new URL('../sql/x.sql', import.meta.url), 'utf8'); client.query(text)`: the SQL
 * lives in a `.sql` file, which the sql-file adapter scans on its own; not dynamic.
 */
function readsSqlFile(arg: TS.Expression, context: ExtractContext): boolean {
  if (!ts.isIdentifier(arg)) return false;
  let found = false;
  const declaration = context.declarationOf(arg);
  if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
    visitDescendants(declaration.initializer, (node) => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.endsWith('.sql')) found = true;
      return !found;
    });
  }
  return found;
}
