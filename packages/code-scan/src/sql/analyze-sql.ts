import type { Access, Location } from '@ripple/model';
import { parseSync } from 'libpg-query';
import type { SqlRefFact, SqlTableFact } from '../facts/file-facts.js';

/** The column references of a SQL text, each with its access and the tables in scope, not yet resolved. */
export type SqlAnalysis =
  | { readonly kind: 'parsed'; readonly refs: readonly SqlRefFact[]; readonly parameters: readonly SqlRefFact[] }
  | { readonly kind: 'unparseable'; readonly message: string; readonly location: Location };

/** Maps a character offset in the SQL text to a place in the source file. */
export type SqlLocator = (offset: number) => Location;

interface Scope {
  readonly tables: SqlTableFact[];
  readonly ctes: Set<string>;
  readonly parent: Scope | undefined;
}

interface Walk {
  readonly refs: SqlRefFact[];
  /** `$n` placeholders bound to a column (`VALUES ($1)`, `SET c = $1`, `c = $1`), named as the column, at the placeholder. */
  readonly parameters: SqlRefFact[];
  readonly locate: (byteOffset: number) => Location;
}

type Json = Record<string, unknown>;

/**
 * Parses SQL with PostgreSQL's own parser (libpg-query; `loadModule()` must have resolved) and lists every
 * column reference: INSERT columns and UPDATE SET targets are writes, WHERE / JOIN ON / HAVING are filters,
 * ORDER BY is order, the rest reads. Statements other than DML (DDL, SET, ...) contribute nothing.
 */
export function analyzeSql(sql: string, locate: SqlLocator): SqlAnalysis {
  const toChar = byteToCharOffset(sql);
  const walk: Walk = { refs: [], parameters: [], locate: (byte) => locate(toChar(byte)) };
  let parsed: { stmts?: { stmt?: Json }[] };
  try {
    parsed = parseSync(sql) as unknown as { stmts?: { stmt?: Json }[] };
  } catch (error) {
    const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
    return {
      kind: 'unparseable',
      message: error instanceof Error ? error.message : String(error),
      location: walk.locate(details?.cursorPosition ?? 0),
    };
  }
  for (const entry of parsed.stmts ?? []) {
    if (entry.stmt) visitNode(entry.stmt, undefined, 'read', walk);
  }
  return { kind: 'parsed', refs: walk.refs, parameters: walk.parameters };
}

function byteToCharOffset(sql: string): (byte: number) => number {
  if (/^[\u0000-\u007f]*$/.test(sql)) return (byte) => byte;
  const bytes = Buffer.from(sql, 'utf8');
  return (byte) => bytes.subarray(0, Math.max(0, byte)).toString('utf8').length;
}

function visitNode(wrapper: unknown, scope: Scope | undefined, access: Access, walk: Walk): void {
  if (Array.isArray(wrapper)) {
    for (const item of wrapper) visitNode(item, scope, access, walk);
    return;
  }
  if (!isObject(wrapper)) return;
  for (const [type, body] of Object.entries(wrapper)) {
    if (!isObject(body)) continue;
    switch (type) {
      case 'SelectStmt':
        visitSelect(body, scope, walk);
        break;
      case 'InsertStmt':
        visitInsert(body, scope, walk);
        break;
      case 'UpdateStmt':
        visitUpdate(body, scope, walk);
        break;
      case 'DeleteStmt':
        visitDelete(body, scope, walk);
        break;
      case 'ColumnRef':
        recordColumnRef(body, scope, access, walk);
        break;
      case 'A_Expr':
        recordComparedParameter(body, scope, access, walk);
        visitFields(body, scope, access, walk);
        break;
      case 'ViewStmt':
      case 'CreateTableAsStmt':
        visitNode(body['query'], scope, 'read', walk);
        break;
      default:
        if (/^[A-Z]/.test(type) && !isDdl(type)) visitFields(body, scope, access, walk);
    }
  }
}

function isDdl(type: string): boolean {
  return /^(Create|Alter|Drop|Comment|Grant|Index|Rename|Truncate|Vacuum|Copy)/.test(type) && type !== 'CreateTableAsStmt';
}

function visitFields(body: Json, scope: Scope | undefined, access: Access, walk: Walk): void {
  for (const value of Object.values(body)) {
    if (typeof value === 'object' && value !== null) visitNode(value, scope, access, walk);
  }
}

function childScope(parent: Scope | undefined): Scope {
  return { tables: [], ctes: new Set(), parent };
}

/** Registers the WITH names on `scope` and visits their queries, which see earlier CTEs but not `scope`'s tables. */
function visitWith(body: Json, scope: Scope, walk: Walk): void {
  const withClause = body['withClause'];
  if (!isObject(withClause)) return;
  const ctes = asArray(withClause['ctes']).map((cte) => (isObject(cte) ? cte['CommonTableExpr'] : undefined));
  for (const expr of ctes) if (isObject(expr) && typeof expr['ctename'] === 'string') scope.ctes.add(expr['ctename']);
  for (const expr of ctes) if (isObject(expr)) visitNode(expr['ctequery'], outerOf(scope), 'read', walk);
}

/** The scope a subquery beside `scope` sees: `scope`'s CTE names, its parent's tables. */
function outerOf(scope: Scope): Scope {
  return { tables: [], ctes: scope.ctes, parent: scope.parent };
}

function visitSelect(body: Json, parent: Scope | undefined, walk: Walk): void {
  if (body['op'] !== undefined && body['op'] !== 'SETOP_NONE') {
    const scope = childScope(parent);
    visitWith(body, scope, walk);
    visitNode(body['larg'] === undefined ? undefined : { SelectStmt: body['larg'] }, scope, 'read', walk);
    visitNode(body['rarg'] === undefined ? undefined : { SelectStmt: body['rarg'] }, scope, 'read', walk);
    return;
  }
  const scope = childScope(parent);
  visitWith(body, scope, walk);
  const quals: unknown[] = [];
  for (const item of asArray(body['fromClause'])) addFromItem(item, scope, quals, walk);
  visitNode(body['targetList'], scope, 'read', walk);
  visitNode(body['distinctClause'], scope, 'read', walk);
  visitNode(body['valuesLists'], scope, 'read', walk);
  visitNode(quals, scope, 'filter', walk);
  visitNode(body['whereClause'], scope, 'filter', walk);
  visitNode(body['groupClause'], scope, 'read', walk);
  visitNode(body['havingClause'], scope, 'filter', walk);
  visitNode(body['windowClause'], scope, 'read', walk);
  visitNode(body['sortClause'], scope, 'order', walk);
  visitNode(body['limitCount'], scope, 'read', walk);
  visitNode(body['limitOffset'], scope, 'read', walk);
}

function addFromItem(item: unknown, scope: Scope, quals: unknown[], walk: Walk): void {
  if (!isObject(item)) return;
  const rangeVar = item['RangeVar'];
  if (isObject(rangeVar)) {
    scope.tables.push(tableOf(rangeVar, scope));
    return;
  }
  const join = item['JoinExpr'];
  if (isObject(join)) {
    addFromItem(join['larg'], scope, quals, walk);
    addFromItem(join['rarg'], scope, quals, walk);
    if (join['quals'] !== undefined) quals.push(join['quals']);
    return;
  }
  const subselect = item['RangeSubselect'];
  if (isObject(subselect)) {
    visitNode(subselect['subquery'], subselect['lateral'] === true ? scope : scope.parent, 'read', walk);
    scope.tables.push({ alias: aliasName(subselect) ?? '' });
    return;
  }
  const fn = item['RangeFunction'];
  if (isObject(fn)) {
    visitNode(fn['functions'], scope, 'read', walk);
    scope.tables.push({ alias: aliasName(fn) ?? '' });
  }
}

function tableOf(rangeVar: Json, scope: Scope): SqlTableFact {
  const name = String(rangeVar['relname']);
  const schema = typeof rangeVar['schemaname'] === 'string' ? rangeVar['schemaname'] : undefined;
  const alias = aliasName(rangeVar) ?? name;
  if (schema === undefined && isCte(name, scope)) return { alias };
  return { alias, table: schema === undefined ? { name } : { schema, name } };
}

function isCte(name: string, scope: Scope | undefined): boolean {
  for (let current = scope; current; current = current.parent) if (current.ctes.has(name)) return true;
  return false;
}

function aliasName(node: Json): string | undefined {
  const alias = node['alias'];
  return isObject(alias) && typeof alias['aliasname'] === 'string' ? alias['aliasname'] : undefined;
}

function targetScope(body: Json, parent: Scope | undefined, walk: Walk): { scope: Scope; alias: string } {
  const scope = childScope(parent);
  visitWith(body, scope, walk);
  const relation = body['relation'];
  const table = isObject(relation) ? tableOf(relation, scope) : { alias: '' };
  scope.tables.push(table);
  return { scope, alias: table.alias };
}

function visitInsert(body: Json, parent: Scope | undefined, walk: Walk): void {
  const { scope, alias } = targetScope(body, parent, walk);
  const cols = asArray(body['cols']);
  for (const col of cols) recordTarget(col, alias, scope, walk);
  // `VALUES ($1, $2)`: each placeholder is the value of its column.
  const select = body['selectStmt'];
  const values = isObject(select) && isObject(select['SelectStmt']) ? asArray(select['SelectStmt']['valuesLists']) : [];
  for (const row of values) {
    const items = isObject(row) && isObject(row['List']) ? asArray(row['List']['items']) : [];
    items.forEach((item, index) => {
      const target = cols[index];
      const column = isObject(target) && isObject(target['ResTarget']) ? target['ResTarget']['name'] : undefined;
      const at = parameterAt(item);
      if (at !== undefined && typeof column === 'string') walk.parameters.push({ location: walk.locate(at), access: 'write', name: [alias, column], scopes: scopesOf(scope) });
    });
  }
  visitNode(body['selectStmt'], outerOf(scope), 'read', walk);
  const conflict = body['onConflictClause'];
  if (isObject(conflict)) {
    for (const col of asArray(conflict['targetList'])) recordTarget(col, alias, scope, walk);
    visitNode(conflict['whereClause'], scope, 'filter', walk);
  }
  visitNode(returningOf(body), scope, 'read', walk);
}

function visitUpdate(body: Json, parent: Scope | undefined, walk: Walk): void {
  const { scope, alias } = targetScope(body, parent, walk);
  const quals: unknown[] = [];
  for (const item of asArray(body['fromClause'])) addFromItem(item, scope, quals, walk);
  for (const target of asArray(body['targetList'])) recordTarget(target, alias, scope, walk);
  visitNode(quals, scope, 'filter', walk);
  visitNode(body['whereClause'], scope, 'filter', walk);
  visitNode(returningOf(body), scope, 'read', walk);
}

function visitDelete(body: Json, parent: Scope | undefined, walk: Walk): void {
  const { scope } = targetScope(body, parent, walk);
  const quals: unknown[] = [];
  for (const item of asArray(body['usingClause'])) addFromItem(item, scope, quals, walk);
  visitNode(quals, scope, 'filter', walk);
  visitNode(body['whereClause'], scope, 'filter', walk);
  visitNode(returningOf(body), scope, 'read', walk);
}

/** An INSERT column or UPDATE SET target: a write of the target table's column; its value is a read. */
function recordTarget(node: unknown, alias: string, scope: Scope, walk: Walk): void {
  const target = isObject(node) ? node['ResTarget'] : undefined;
  if (!isObject(target)) return;
  if (typeof target['name'] === 'string') {
    walk.refs.push({
      location: walk.locate(Number(target['location'] ?? 0)),
      access: 'write',
      name: [alias, target['name']],
      scopes: scopesOf(scope),
    });
    // `SET c = $1`: the placeholder is the column's value.
    const at = parameterAt(target['val']);
    if (at !== undefined) walk.parameters.push({ location: walk.locate(at), access: 'write', name: [alias, target['name']], scopes: scopesOf(scope) });
  }
  visitNode(target['val'], scope, 'read', walk);
}

function recordColumnRef(body: Json, scope: Scope | undefined, access: Access, walk: Walk): void {
  const name = columnRefName(body);
  if (!name) return;
  walk.refs.push({
    location: walk.locate(Number(body['location'] ?? 0)),
    access,
    name,
    scopes: scope ? scopesOf(scope) : [],
  });
}

function columnRefName(body: Json): string[] | undefined {
  const name = asArray(body['fields']).map((field) => {
    if (!isObject(field)) return '';
    const str = field['String'];
    if (isObject(str) && typeof str['sval'] === 'string') return str['sval'];
    return 'A_Star' in field ? '*' : '';
  });
  return name.length === 0 || name.includes('') ? undefined : name;
}

/** `c = $1`, `$1 < o.total`, `c IN ($1)` written `c = ANY($1)`: the placeholder compared with a column is that column's value. */
function recordComparedParameter(body: Json, scope: Scope | undefined, access: Access, walk: Walk): void {
  const sides = [body['lexpr'], body['rexpr']];
  for (const [index, side] of sides.entries()) {
    const ref = isObject(side) ? side['ColumnRef'] : undefined;
    const name = isObject(ref) ? columnRefName(ref) : undefined;
    const other = sides[1 - index];
    const at = parameterAt(isObject(other) && isObject(other['FuncCall']) ? asArray(other['FuncCall']['args'])[0] : other);
    if (name && !name.includes('*') && at !== undefined) walk.parameters.push({ location: walk.locate(at), access, name, scopes: scope ? scopesOf(scope) : [] });
  }
}

/** The location of a `$n` placeholder, under casts (`$1::uuid`); undefined for anything else. */
function parameterAt(node: unknown): number | undefined {
  let current = node;
  for (let hops = 0; hops < 4 && isObject(current); hops++) {
    const param = current['ParamRef'];
    if (isObject(param)) return Number(param['location'] ?? 0);
    const cast = current['TypeCast'];
    if (!isObject(cast)) return undefined;
    current = cast['arg'];
  }
  return undefined;
}

function scopesOf(scope: Scope): readonly (readonly SqlTableFact[])[] {
  const scopes: (readonly SqlTableFact[])[] = [];
  for (let current: Scope | undefined = scope; current; current = current.parent) scopes.push(current.tables);
  return scopes;
}

/** PostgreSQL 18 wraps RETURNING in `returningClause: { exprs }`; earlier versions have `returningList`. */
function returningOf(body: Json): unknown {
  const clause = body['returningClause'];
  return body['returningList'] ?? (isObject(clause) ? clause['exprs'] : undefined);
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
