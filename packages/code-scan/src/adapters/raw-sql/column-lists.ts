import type { ts as TS } from 'ts-morph';
import { ts } from '../../extract/typescript.js';
import { propertyValue } from '../../extract/decorators-of.js';
import { unwrapped } from '../../extract/shape-facts.js';
import type { ExtractContext } from '../../extract/extract-context.js';
import type { ColumnSite } from '../../facts/file-facts.js';

/** pg-promise's column modifiers: `?id` (a condition column), `^col` (raw text), `col:json`, `col:raw`, ... */
const MODIFIED = /^[?^]?([A-Za-z_][\w$]*)(?::\w+)?$/;

/**
 * pg-promise's `new pgp.helpers.ColumnSet(['id', '?tenantId', { name: 'attributes', mod: ':json' }], { table: {
 * table: 'members', schema: 'public' } })`: each column of the set is its table's, written (column sets build
 * inserts and updates).
 */
export function columnSetSites(node: TS.NewExpression, context: ExtractContext): ColumnSite[] | undefined {
  const callee = node.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  const [columns, options] = node.arguments ?? [];
  if (name !== 'ColumnSet' || !columns || !options) return undefined;
  const tableOption = propertyValue(unwrapped(options), 'table');
  const table = tableOption && tableNameOf(tableOption, context);
  return table === undefined ? undefined : listedColumns(columns, [table], false, context);
}

/**
 * A project's helper handed a table and its columns as strings, `prepareBulkInsert('orgAttributes', ['organizationId',
 * 'type', ...], rows)`: a function the file declares or imports from a module of its own (a relative path), its first
 * argument a string, its second an array of at least two strings. Each string is a site of that table only where the
 * table has such a column (`ifColumn`), written.
 */
export function helperColumnListSites(node: TS.CallExpression, context: ExtractContext): ColumnSite[] | undefined {
  const [first, second] = node.arguments;
  if (!first || !second || !ts.isIdentifier(node.expression)) return undefined;
  const table = ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first) ? first.text : undefined;
  const list = unwrapped(second);
  if (table === undefined || !/^[A-Za-z_][\w$]*$/.test(table) || !ts.isArrayLiteralExpression(list) || list.elements.length < 2) return undefined;
  if (!list.elements.every((element) => ts.isStringLiteral(element))) return undefined;
  const source = context.importSource(node.expression.text);
  const own = source === undefined ? context.declarationOf(node.expression) !== undefined : source.startsWith('.');
  return own ? listedColumns(list, [table], true, context) : undefined;
}

function tableNameOf(option: TS.Expression, context: ExtractContext): string | undefined {
  const value = unwrapped(option);
  if (!ts.isObjectLiteralExpression(value)) return context.stringOf(value);
  const table = propertyValue(value, 'table');
  const schema = propertyValue(value, 'schema');
  const tableName = table && context.stringOf(table);
  const schemaName = schema && context.stringOf(schema);
  return tableName === undefined ? undefined : schemaName === undefined ? tableName : `${schemaName}.${tableName}`;
}

function listedColumns(list: TS.Expression, tables: readonly string[], ifColumn: boolean, context: ExtractContext): ColumnSite[] | undefined {
  const elements = unwrapped(list);
  if (!ts.isArrayLiteralExpression(elements)) return undefined;
  const sites: ColumnSite[] = [];
  for (const element of elements.elements) {
    const named = ts.isObjectLiteralExpression(element) ? propertyValue(element, 'name') : element;
    if (!named || !(ts.isStringLiteral(named) || ts.isNoSubstitutionTemplateLiteral(named))) continue;
    const column = MODIFIED.exec(named.text)?.[1];
    if (column === undefined) continue;
    const location = context.locationAt(named.getStart(context.sourceFile) + 1 + named.text.indexOf(column));
    const symbol = context.symbolOf(named);
    sites.push({ kind: 'column-site', adapter: 'raw-sql', tables, column, access: 'write', location, ...(symbol === undefined ? {} : { symbol }), ...(ifColumn ? { ifColumn: true as const } : {}) });
  }
  return sites.length > 0 ? sites : undefined;
}
