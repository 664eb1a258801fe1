import type { Access } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { ColumnSite, Fact } from '../facts/file-facts.js';
import { propertyNameOf } from './decorators-of.js';
import { enclosingClass, type Chain, type ChainLink, type ExtractContext } from './extract-context.js';
import { visitDescendants } from './visit-descendants.js';
import { prefixedTableName } from './prefixed-table-name.js';
import { pushedValuesOf } from './pushed-values.js';
import { unwrapped } from './shape-facts.js';

/** Which arguments of a builder method name columns. */
export type ColumnArgs = 'all' | 'first' | 'join';

/** How one SQL-like query builder (Knex, Kysely) names tables and columns in its fluent chain. */
export interface BuilderSpec {
  readonly adapter: string;
  /** Methods whose first argument is a table: `'customers'`, `'customers as c'`. */
  readonly tables: RegExp;
  /** Methods whose string arguments name columns, with the access they make. */
  readonly columns: Readonly<Record<string, { readonly access: Access; readonly args: ColumnArgs }>>;
  /** Methods whose object-literal argument names columns by key: `.where({ email })`, `.set({ email })`. */
  readonly objects: Readonly<Record<string, Access>>;
  /**
   * Kysely's expression builder: in a callback `(eb) => ...` handed to a link, `eb('email', '=', x)` and
   * `eb.ref('c.email')` name columns; `(eb) => ['id', ...]` lists them.
   */
  readonly expressionBuilder?: boolean;
}

/**
 * The column sites of one fluent chain: tables and aliases from the table methods, then every column string
 * (`'email'`, `'c.email'`, `'c.full_name as name'`) and object key, located at the column name in the string.
 * Unqualified names carry every table of the chain; the fold keeps the one whose schema has the column.
 */
export function readBuilderChain(
  chain: Chain,
  spec: BuilderSpec,
  context: ExtractContext,
  firstTable?: TS.Expression,
  rootTables: readonly string[] = [],
): Fact[] {
  const links = linksWithCallbacks(chain.links, context);
  const { tables, aliases } = chainTables(links, spec, context, firstTable);
  for (const name of rootTables) addTableName(name, tables, aliases);
  if (tables.length === 0) return [];

  const sites: Fact[] = [];
  const symbolOf = (node: TS.Node): { symbol?: string } => {
    const symbol = context.symbolOf(node);
    return symbol === undefined ? {} : { symbol };
  };
  const columnSite = (text: string, position: number, access: Access, at: TS.Node): void => {
    const [reference] = text.split(/\s+as\s+/i);
    const parts = (reference ?? '').trim().split('.');
    const column = parts[parts.length - 1];
    if (!column || column === '*' || !/^[A-Za-z_][\w$]*$/.test(column)) return;
    const qualifier = parts.length > 1 ? parts.slice(0, -1).join('.') : undefined;
    const owner = qualifier === undefined ? tables : [aliases.get(qualifier) ?? qualifier];
    const site: ColumnSite = {
      kind: 'column-site',
      adapter: spec.adapter,
      tables: owner,
      column,
      access,
      location: context.locationAt(position + text.indexOf(column, qualifier === undefined ? 0 : qualifier.length)),
      ...symbolOf(at),
    };
    sites.push(site);
  };
  const stringArg = (arg: TS.Expression, access: Access): void => {
    if (ts.isArrayLiteralExpression(arg)) {
      for (const element of arg.elements) stringArg(element, access);
      return;
    }
    if (ts.isSpreadElement(arg)) return stringArg(arg.expression, access);
    // `.select(COLUMNS)` with `const COLUMNS = ['id', 'email'] as const`: the names where the array writes them.
    const held = ts.isIdentifier(arg) ? constValueOf(arg, context) : undefined;
    if (held && ts.isArrayLiteralExpression(held)) return stringArg(held, access);
    if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) columnSite(arg.text, arg.getStart(context.sourceFile) + 1, access, arg);
    // `${ACTIVE_LOG_TABLE}.log_id as error_log_id`: the table a const names, then the column.
    const qualified = ts.isTemplateExpression(arg) ? qualifiedColumnTemplate(arg, context) : undefined;
    if (qualified) columnSite(qualified.text, qualified.position, access, arg);
  };
  const objectArg = (arg: TS.Expression | undefined, access: Access): void => {
    if (!arg) return;
    if (ts.isArrayLiteralExpression(arg)) {
      for (const element of arg.elements) objectArg(element, access);
      return;
    }
    if (!ts.isObjectLiteralExpression(arg)) {
      // `.update(patch)`, `.insert(this.rowFromInput(input))`: the object a local const or a helper returns.
      const object = objectOf(arg, context);
      const rows = object ? undefined : heldRows(arg, context);
      if (object) objectArg(object, access);
      else if (rows) for (const row of rows) objectArg(row, access);
      // `.insertAndFetch(params)`: a whole row (column `*`), for the fold to follow back to the literals callers build.
      else if (ts.isIdentifier(arg) || ts.isPropertyAccessExpression(arg)) sites.push({ kind: 'column-site', adapter: spec.adapter, tables, column: '*', access, location: context.locationOf(arg), ...symbolOf(arg) });
      return;
    }
    for (const property of arg.properties) {
      const name = ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
      const key = name ? propertyNameOf(name) : undefined;
      if (name && key !== undefined) columnSite(key, name.getStart(context.sourceFile) + (ts.isStringLiteral(name) ? 1 : 0), access, name);
    }
  };
  for (const link of links) {
    const columns = spec.columns[link.name];
    if (columns) {
      const args = columns.args === 'all' ? link.args : columns.args === 'first' ? link.args.slice(0, 1) : link.args.slice(1);
      for (const arg of args) {
        if (columns.args === 'join' && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) && !arg.text.includes('.')) continue;
        stringArg(arg, columns.access);
      }
    }
    const objects = spec.objects[link.name];
    if (objects) objectArg(link.args[0], objects);
    if (spec.expressionBuilder) {
      const access = columns?.access ?? 'filter';
      // `eb('email', '=', x)` where `eb` is the chain's own root (a typed `ExpressionBuilder` parameter).
      if (ts.isIdentifier(link.call.expression) && link.call.expression === chain.root && link.args[0]) stringArg(link.args[0], access);
      for (const arg of link.args) {
        if (!ts.isArrowFunction(arg) && !ts.isFunctionExpression(arg)) continue;
        const parameter = arg.parameters[0];
        if (!parameter || !ts.isIdentifier(parameter.name)) continue;
        if (columns && !ts.isBlock(arg.body) && ts.isArrayLiteralExpression(arg.body)) stringArg(arg.body, columns.access);
        for (const column of expressionBuilderColumns(arg.body, parameter.name.text)) stringArg(column, access);
      }
    }
  }
  return sites;
}

/**
 * The tables a chain names (`from('customers as c')`, `{ c: 'customers' }`, the first call's `knex('customers')`)
 * and their aliases.
 */
export function chainTables(
  links: readonly ChainLink[],
  spec: BuilderSpec,
  context: ExtractContext,
  firstTable?: TS.Expression,
): { readonly tables: string[]; readonly aliases: Map<string, string> } {
  const aliases = new Map<string, string>();
  const tables: string[] = [];
  const addTable = (arg: TS.Expression | undefined): void => {
    if (!arg) return;
    if (ts.isObjectLiteralExpression(arg)) {
      for (const property of arg.properties) {
        const alias = ts.isPropertyAssignment(property) ? propertyNameOf(property.name) : undefined;
        const name = ts.isPropertyAssignment(property) ? context.stringOf(property.initializer) : undefined;
        if (alias && name) {
          aliases.set(alias, name);
          tables.push(name);
        }
      }
      return;
    }
    const text = context.stringOf(arg) ?? prefixedTableName(arg, context.declarationOf);
    if (text) addTableName(text, tables, aliases);
  };
  addTable(firstTable);
  for (const link of links) if (spec.tables.test(link.name)) addTable(link.args[0]);
  return { tables, aliases };
}

/**
 * `${TABLE}.email as e` (a template of one substitution, a table's name, then a `.` and the column): its text with
 * the table's name written in, and the position the text would start at for the column to be located where written.
 */
function qualifiedColumnTemplate(template: TS.TemplateExpression, context: ExtractContext): { text: string; position: number } | undefined {
  const [span, ...rest] = template.templateSpans;
  if (!span || rest.length > 0 || template.head.text !== '' || !span.literal.text.startsWith('.')) return undefined;
  const table = context.stringOf(span.expression) ?? prefixedTableName(span.expression, context.declarationOf);
  if (!table) return undefined;
  // The literal's token starts at its `}`: the `.` follows it.
  return { text: table + span.literal.text, position: span.literal.getStart(context.sourceFile) + 1 - table.length };
}

/** `'customers as c'`, `'public.customers'`: the table and the name code refers to it by. */
function addTableName(text: string, tables: string[], aliases: Map<string, string>): void {
  const [name, alias] = text.split(/\s+as\s+/i).map((part) => part.trim());
  if (!name) return;
  tables.push(name);
  aliases.set(alias ?? name.slice(name.lastIndexOf('.') + 1), name);
}

/**
 * The column arguments of an expression builder's calls in a callback body: `eb('email', ...)`, `eb.ref('c.email')`,
 * not inside a nested callback that names its own builder the same.
 */
function expressionBuilderColumns(body: TS.Node, builder: string): TS.Expression[] {
  const found: TS.Expression[] = [];
  visitDescendants(body, (node) => {
    if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && node.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === builder)) return false;
    if (ts.isCallExpression(node) && node.arguments[0]) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === builder) found.push(node.arguments[0]);
      else if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'ref' && ts.isIdentifier(callee.expression) && callee.expression.text === builder) found.push(node.arguments[0]);
    }
    return true;
  });
  return found;
}

/** The initialiser of the const an identifier names, without `as const`: `const COLUMNS = ['id'] as const`. */
function constValueOf(identifier: TS.Identifier, context: ExtractContext): TS.Expression | undefined {
  const declaration = context.declarationOf(identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  if (!ts.isVariableDeclarationList(declaration.parent) || (declaration.parent.flags & ts.NodeFlags.Const) === 0) return undefined;
  let value: TS.Expression = declaration.initializer;
  while (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value)) value = value.expression;
  return value;
}

/**
 * The rows a local array holds when a write takes it whole (`.values(blocks)`, `.insert(rows)`): its literal's
 * elements and what the declaring block pushes into it (`const blocks: any[] = []`, then `blocks.push({ ... })` in a
 * loop; atproto's migration tests). Object literals only; undefined when the local is no array literal or holds none.
 */
function heldRows(arg: TS.Expression, context: ExtractContext): TS.ObjectLiteralExpression[] | undefined {
  if (!ts.isIdentifier(arg)) return undefined;
  const declaration = context.declarationOf(arg);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const array = unwrapped(declaration.initializer);
  if (!ts.isArrayLiteralExpression(array)) return undefined;
  const rows = [...array.elements, ...pushedValuesOf(declaration, context)].map(unwrapped).filter((row): row is TS.ObjectLiteralExpression => ts.isObjectLiteralExpression(row));
  return rows.length > 0 ? rows : undefined;
}

/**
 * The object literal a value is written as: a const holding one, or what a function of the file or a method of
 * the enclosing class returns (`this.rowFromInput(input)`, `toRow(input)`), from its last `return` or its body.
 */
function objectOf(arg: TS.Expression, context: ExtractContext): TS.ObjectLiteralExpression | undefined {
  if (ts.isIdentifier(arg)) {
    const value = constValueOf(arg, context);
    return value && ts.isObjectLiteralExpression(value) ? value : undefined;
  }
  if (!ts.isCallExpression(arg)) return undefined;
  const callee = arg.expression;
  let fn: TS.Node | undefined;
  if (ts.isIdentifier(callee)) {
    const declaration = context.declarationOf(callee);
    fn = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration;
  } else if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
    fn = enclosingClass(callee)?.members.find((member) => member.name !== undefined && propertyNameOf(member.name) === callee.name.text);
  }
  if (!fn || !(ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !fn.body) return undefined;
  let body: TS.Node = fn.body;
  if (ts.isBlock(body)) {
    const last = body.statements[body.statements.length - 1];
    if (!last || !ts.isReturnStatement(last) || !last.expression) return undefined;
    body = last.expression;
  }
  while (ts.isParenthesizedExpression(body) || ts.isAsExpression(body) || ts.isSatisfiesExpression(body)) body = body.expression;
  return ts.isObjectLiteralExpression(body) ? body : undefined;
}

const SUBQUERY_ROOTS = /^(from|into|selectFrom|insertInto|updateTable|deleteFrom|mergeInto)$/;

/**
 * The links of a chain with those of the callbacks that continue it, in source order:
 * `.$if(cond, (qb) => qb.where('email', '=', x))`, `.where((qb) => qb.where(...).orWhere(...))`,
 * `.$call((qb) => { return qb.select('id'); })`. Each callback is read once, so nesting stays linear.
 */
export function linksWithCallbacks(links: readonly ChainLink[], context: ExtractContext): ChainLink[] {
  const all: ChainLink[] = [];
  // Each link, then the links of the callbacks it is handed, depth first, on an explicit stack of links still to
  // read (40 nested `$if` or 4,000 cost no call stack).
  const stack: ChainLink[] = [...links].reverse();
  while (stack.length > 0) {
    const link = stack.pop()!;
    all.push(link);
    const continued: ChainLink[] = [];
    for (const arg of link.args) {
      const body = continuedChain(arg);
      const inner = body ? context.chainOf(body).links : [];
      // A subquery (`(eb) => eb.selectFrom('orders')...`, `(qb) => qb.select('id').from('orders')`) has its own tables.
      if (!inner.some((candidate) => SUBQUERY_ROOTS.test(candidate.name))) continued.push(...inner);
    }
    for (let index = continued.length - 1; index >= 0; index -= 1) stack.push(continued[index]!);
  }
  return all;
}

/** The chain a callback returns when it is rooted at the callback's first parameter: `(qb) => qb.where(...)`. */
function continuedChain(arg: TS.Expression): TS.CallExpression | undefined {
  if (!ts.isArrowFunction(arg) && !ts.isFunctionExpression(arg)) return undefined;
  const parameter = arg.parameters[0];
  if (!parameter || !ts.isIdentifier(parameter.name)) return undefined;
  let body: TS.Node = arg.body;
  if (ts.isBlock(body)) {
    const last = body.statements[body.statements.length - 1];
    if (!last || !ts.isReturnStatement(last) || !last.expression) return undefined;
    body = last.expression;
  }
  while (ts.isParenthesizedExpression(body)) body = body.expression;
  if (!ts.isCallExpression(body)) return undefined;
  let root: TS.Expression = body;
  while (ts.isCallExpression(root) || ts.isPropertyAccessExpression(root)) root = root.expression;
  return ts.isIdentifier(root) && root.text === parameter.name.text ? body : undefined;
}
