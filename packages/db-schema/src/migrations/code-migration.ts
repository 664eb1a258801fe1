import { MAX_NESTING, nestingBeyond, type Diagnostic } from '@ripple/model';
import type { ArrowFunction, FunctionDeclaration, FunctionExpression, MethodDeclaration, SourceFile } from 'ts-morph';
import { Node, Project } from './ts-morph-lazy.js';
import type { Migration, MigrationFormat, MigrationStatement } from './migration.js';
import type { MigrationListing } from './migration-loader.js';
import type { ProjectModules } from './project-modules.js';
import { repoPath } from './migration-loader.js';
import { splitStatements } from './split-statements.js';
import type { StaticValue } from './static-value.js';
import { constInitializer, readStaticValue, short } from './static-value.js';
import { scanSqlTokens } from './scan-sql-tokens.js';

/** What an adapter sees in an up/down body: SQL it can read, or a call whose SQL only exists at run time. */
export type CodeFinding =
  /**
   * SQL text in the file (a literal, a `const`, a template of constants), with the call's parameters when it binds
   * any; `text` when the adapter has read it itself (a tagged template whose substitutions are bound values).
   */
  | { readonly kind: 'sql'; readonly sql: Node; readonly params?: Node; readonly text?: string }
  /** SQL the adapter wrote for a builder call (`queryRunner.addColumn`, `pgm.renameColumn`), placed at the call. */
  | { readonly kind: 'generated'; readonly node: Node; readonly sql: readonly string[] }
  | { readonly kind: 'dynamic'; readonly node: Node; readonly why: string };

/** One code-migration tool (TypeORM, Knex, Kysely): its file names and how it spells SQL in code. */
export interface CodeMigrationAdapter {
  readonly format: MigrationFormat;
  /** Matches the file name relative to the migrations directory; group 1 the version, group 2 the name. */
  readonly file: RegExp;
  /**
   * When the first parameter is destructured (`up({ queryRunner, tablePrefix })`, n8n's migration context), the
   * property that is the tool's API object, passed to `classify` as the parameter's name.
   */
  readonly contextProperty?: string;
  /**
   * For tools that run `up` backwards when a file declares no `down` (node-pg-migrate): reads one call of `up` as
   * its reverse, the call's statements in run order. Any finding that is not SQL means no down can be inferred.
   */
  readonly reverse?: NonNullable<CodeMigrationAdapter['classify']>;
  /** Reads one node of an up/down body given the name of the body's first parameter; undefined to look deeper. */
  readonly classify?: (node: Node, param: string) => CodeFinding | undefined;
  /**
   * Reads the whole up/down function instead (a builder replayed on its real library): its statements in order.
   * `context` holds the runner's globals the project configured (`MigrationListing.globals`) and the repository's modules.
   */
  readonly read?: (fn: EntryFunction, file: string, diagnostics: Diagnostic[], context: ReplayContext) => Promise<MigrationStatement[]>;
}

/** What a replay knows beyond the file: the runner's globals, and the repository's modules the file imports. */
export interface ReplayContext {
  readonly globals: Readonly<Record<string, unknown>>;
  readonly modules?: ProjectModules;
}

/** An up/down function of a code migration. */
export type EntryFunction = ArrowFunction | FunctionExpression | FunctionDeclaration | MethodDeclaration;

const CODE_FILE = /\.(?:[cm]?ts|[cm]?js)$/;

/** The code files of a listing (no declaration files). */
export function codeFiles(listing: MigrationListing): string[] {
  return listing.files.filter((file) => CODE_FILE.test(file) && !file.endsWith('.d.ts') && !file.includes('/'));
}

/** True when the text of some code file of the listing passes the test: how code formats detect themselves. */
export async function someCodeFile(listing: MigrationListing, test: (text: string) => boolean): Promise<boolean> {
  for (const file of codeFiles(listing)) {
    if (test(await listing.read(file))) return true;
  }
  return false;
}

/**
 * Reads code migrations with ts-morph, syntax only (no type checker): the `up` and `down` functions or methods, the
 * SQL string literals the adapter recognises in them, split by libpg-query at their positions in the file. A call
 * whose SQL cannot be read statically (a builder API, a template with substitutions, a variable) becomes a
 * `migration/not-static` diagnostic naming the file, the line and the call; it is never skipped silently.
 */
export async function loadCodeMigrations(listing: MigrationListing, adapter: CodeMigrationAdapter): Promise<Migration[]> {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true } });
  const migrations: Migration[] = [];
  for (const file of codeFiles(listing)) {
    const match = adapter.file.exec(file);
    if (!match) continue;
    const path = repoPath(listing, file);
    const text = await listing.read(file);
    // TypeScript's parser recurses once per nesting level and overflows the stack near 500 (a generated file): such a
    // file is measured first and not parsed, one `migration/unparseable` warning on a migration whose SQL is unknown.
    const nesting = nestingBeyond(text);
    if (nesting) {
      const message = `${path}:${nesting.line}: nesting depth ${nesting.depth} at line ${nesting.line} is beyond the ${MAX_NESTING} levels the TypeScript parser is given; the migration is not read`;
      const diagnostic: Diagnostic = { kind: 'diagnostic', code: 'migration/unparseable', message, location: { file: path, line: nesting.line, column: nesting.column } };
      migrations.push({ kind: 'migration', file: path, version: match[1] ?? file, name: match[2] ?? '', format: adapter.format, up: [], diagnostics: [diagnostic] });
      continue;
    }
    const source = project.createSourceFile(`/${file}`, text, { overwrite: true });
    const diagnostics: Diagnostic[] = [];
    const read = async (name: 'up' | 'down') => {
      const entry = findEntryPoint(source, name, adapter.contextProperty);
      if (!entry) return undefined;
      if (adapter.read) return entry.fn ? adapter.read(entry.fn, path, diagnostics, { globals: listing.globals ?? {}, ...(listing.modules ? { modules: listing.modules } : {}) }) : undefined;
      return readBody(entry.body, entry.param, adapter, path, diagnostics);
    };
    const up = await read('up');
    if (!up) continue;
    const down = (await read('down')) ?? inferDown(source, adapter, path);
    migrations.push({
      kind: 'migration',
      file: path,
      version: match[1] ?? file,
      name: match[2] ?? '',
      format: adapter.format,
      up,
      ...(down ? { down: { file: path, statements: down } } : {}),
      ...(diagnostics.length > 0 ? { diagnostics } : {}),
    });
  }
  return migrations;
}

/** Whether the file says anything of `down`: `exports.down = false`, `export const down`, a `down` function or property. */
function declaresDown(source: SourceFile): boolean {
  return source.getDescendants().some(
    (node) =>
      ((Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node) || Node.isVariableDeclaration(node) || Node.isPropertyAssignment(node)) &&
        node.getName() === 'down') ||
      (Node.isBinaryExpression(node) && /^(?:module\.)?exports\.down$/.test(node.getLeft().getText())),
  );
}

/** The down the tool infers from `up` when the file declares none (no `down`, not even `down = false`). */
function inferDown(source: SourceFile, adapter: CodeMigrationAdapter, file: string): MigrationStatement[] | undefined {
  if (!adapter.reverse || declaresDown(source)) return undefined;
  const entry = findEntryPoint(source, 'up', adapter.contextProperty);
  if (!entry) return undefined;
  const ignored: Diagnostic[] = [];
  const reverse = adapter.reverse;
  let inferable = true;
  const calls: MigrationStatement[][] = [];
  const backwards: CodeMigrationAdapter = {
    ...adapter,
    classify: (node, param) => {
      const finding = reverse(node, param);
      if (finding && finding.kind !== 'generated') inferable = false;
      return finding;
    },
  };
  const statements = readBody(entry.body, entry.param, backwards, file, ignored);
  if (!inferable) return undefined;
  // one call's statements share its position: group them by call, then run the calls last to first
  for (const statement of statements) {
    const last = calls.at(-1);
    if (last && last[0]!.line === statement.line && last[0]!.column === statement.column) last.push(statement);
    else calls.push([statement]);
  }
  return calls.reverse().flat();
}

/**
 * `up` as a function declaration, a method, `const up = ...`, `exports.up = ...`, an `up:` property, or (for `up`)
 * `export default ...`: the function, its body and first parameter (empty when it has none). A value that is not a function
 * (`export const up = sql\`...\``) is its own body.
 */
function findEntryPoint(
  source: SourceFile,
  name: 'up' | 'down',
  contextProperty?: string,
): { fn?: EntryFunction; body: Node; param: string } | undefined {
  let found: { fn?: EntryFunction; body: Node; param: string } | undefined;
  source.forEachDescendant((node, traversal) => {
    if (found) return traversal.stop();
    let candidate: Node | undefined;
    if ((Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node)) && node.getName() === name) candidate = node;
    else if ((Node.isVariableDeclaration(node) || Node.isPropertyAssignment(node)) && node.getName() === name) candidate = node.getInitializer();
    else if (Node.isBinaryExpression(node) && /^(?:module\.)?exports\.(up|down)$/.exec(node.getLeft().getText())?.[1] === name) {
      candidate = node.getRight();
    } else if (Node.isExportAssignment(node) && name === 'up' && !Node.isObjectLiteralExpression(node.getExpression())) {
      candidate = node.getExpression();
    }
    if (!candidate) return undefined;
    if (
      Node.isFunctionDeclaration(candidate) ||
      Node.isMethodDeclaration(candidate) ||
      Node.isArrowFunction(candidate) ||
      Node.isFunctionExpression(candidate)
    ) {
      const body = candidate.getBody();
      const nameNode = candidate.getParameters()[0]?.getNameNode();
      const element = Node.isObjectBindingPattern(nameNode)
        ? nameNode.getElements().find((binding) => (binding.getPropertyNameNode()?.getText() ?? binding.getName()) === contextProperty)
        : undefined;
      if (body) found = { fn: candidate, body, param: element ? element.getName() : Node.isIdentifier(nameNode) ? nameNode.getText() : '' };
    } else if (Node.isTaggedTemplateExpression(candidate) || Node.isStringLiteral(candidate) || Node.isNoSubstitutionTemplateLiteral(candidate)) {
      found = { body: candidate.getParentOrThrow(), param: '' };
    }
    return undefined;
  });
  return found;
}

function readBody(body: Node, param: string, adapter: CodeMigrationAdapter, file: string, diagnostics: Diagnostic[]): MigrationStatement[] {
  const statements: MigrationStatement[] = [];
  const source = body.getSourceFile();
  const report = (shown: Node, at: Node, why: string, consequence = 'its SQL is not applied') => {
    const position = source.getLineAndColumnAtPos(at.getStart());
    diagnostics.push({
      kind: 'diagnostic',
      code: 'migration/not-static',
      message: `${callText(shown)}: ${why}; ${consequence}`,
      location: { file, line: position.line, column: position.column },
    });
  };
  body.forEachDescendant((node, traversal) => {
    const finding = adapter.classify?.(node, param);
    if (!finding) return;
    traversal.skip();
    if (finding.kind === 'dynamic') return report(finding.node, finding.node, finding.why);
    if (finding.kind === 'generated') {
      const at = source.getLineAndColumnAtPos(finding.node.getStart());
      for (const sql of finding.sql) statements.push(...splitStatements(sql, file, at).map((statement) => ({ ...statement, ...at })));
      return;
    }
    const text = finding.text === undefined ? sqlTextOf(finding.sql) : { sql: finding.text, start: finding.sql.getStart() + 1 };
    if ('why' in text) {
      // The statements around parts it cannot know apply (when some do), each part said once.
      const partial = finding.params ? undefined : partialTemplateSql(finding.sql);
      const kept = partial && splitStatements(partial.sql, file, source.getLineAndColumnAtPos(partial.start)).filter((statement) => !statement.sql.includes(NOT_STATIC_MARK));
      if (!partial || !kept?.length) return report(node, text.node, text.why);
      const said = new Set<string>();
      for (const unknown of partial.unknown) {
        if (!said.has(unknown.why)) report(node, unknown.node, `in the SQL, ${unknown.why}`, 'that part is left out, the statements around it apply');
        said.add(unknown.why);
      }
      statements.push(...kept);
      return;
    }
    let sql = text.sql;
    if (finding.params) {
      const params = readStaticValue(finding.params);
      if (!params.ok || !Array.isArray(params.value)) return report(node, finding.params, 'the query parameters are not constants');
      sql = bindParameters(sql, params.value as readonly StaticValue[]);
    }
    statements.push(...splitStatements(sql, file, source.getLineAndColumnAtPos(text.start)));
  });
  return statements;
}

/** Stands for a substitution the template's text cannot know: a statement holding it is left out. */
const NOT_STATIC_MARK = 'ripple_not_static_part';

/**
 * A template (directly or through a `const` of the file) whose substitutions are not all constants, as medusa's
 * `${generatePostgresAlterColummnIfExistStatement(...)}` between the `CREATE TABLE`s of one `addSql`: its text with each
 * unknown part marked. A part that stands where a statement ends (the text before it is empty or ends with `;`) is
 * a statement of its own; one inside a statement marks that statement. Undefined when it is no such template.
 */
function partialTemplateSql(node: Node): { sql: string; start: number; unknown: { node: Node; why: string }[] } | undefined {
  const origin = (Node.isIdentifier(node) && constInitializer(node)) || node;
  if (!Node.isTemplateExpression(origin)) return undefined;
  let sql = origin.getHead().getLiteralText();
  const unknown: { node: Node; why: string }[] = [];
  for (const span of origin.getTemplateSpans()) {
    const part = readStaticValue(span.getExpression());
    if (part.ok && (typeof part.value === 'string' || typeof part.value === 'number')) sql += String(part.value);
    else {
      unknown.push(part.ok ? { node: span.getExpression(), why: `\`${short(span.getExpression())}\` is not a string` } : { node: part.node, why: part.why });
      sql += endsStatement(sql) ? ` ${NOT_STATIC_MARK};` : ` ${NOT_STATIC_MARK} `;
    }
    sql += span.getLiteral().getLiteralText();
  }
  return unknown.length === 0 ? undefined : { sql, start: origin.getStart() + 1, unknown };
}

/** Whether the text so far is empty or its last token (comments aside) is `;`, by PostgreSQL's scanner; inside a quote it is not. */
function endsStatement(sql: string): boolean {
  let tokens;
  try {
    tokens = scanSqlTokens(sql).filter((token) => token.tokenName !== 'SQL_COMMENT' && token.tokenName !== 'C_COMMENT');
  } catch {
    return false;
  }
  return tokens.length === 0 || tokens.at(-1)!.text === ';';
}

/**
 * The SQL text of a node and the file offset it starts at: a string literal (directly or through a `const` of this
 * file) starts inside its quotes; a template or `+` of constants starts at the expression (positions after a
 * substitution shift by the substituted text's length).
 */
function sqlTextOf(node: Node): { sql: string; start: number } | { why: string; node: Node } {
  const literal = stringLiteralOf(node);
  if (literal) return { sql: literal.getLiteralText(), start: literal.getStart() + 1 };
  // `const sql = \`...\`` in the method: the text starts where the constant's template does.
  const origin = (Node.isIdentifier(node) && constInitializer(node)) || node;
  const value = readStaticValue(origin);
  if (!value.ok) return value.node === origin ? { why: 'the SQL is not a string literal', node } : { why: `in the SQL, ${value.why}`, node: value.node };
  return typeof value.value === 'string' ? { sql: value.value, start: origin.getStart() + 1 } : { why: 'the SQL is not a string literal', node };
}

/** `$1`, `$2` replaced by the SQL literals of the bound values, as PostgreSQL would see them bound (found by the SQL scanner). */
export function bindParameters(sql: string, params: readonly StaticValue[]): string {
  const bytes = Buffer.from(sql, 'utf8');
  let out = '';
  let at = 0;
  for (const token of scanSqlTokens(sql)) {
    if (token.tokenName !== 'PARAM') continue;
    const value = params[Number(bytes.subarray(token.start + 1, token.end).toString('utf8')) - 1];
    out += bytes.subarray(at, token.start).toString('utf8') + sqlLiteral(value);
    at = token.end;
  }
  return out + bytes.subarray(at).toString('utf8');
}

export function sqlLiteral(value: StaticValue): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.replace(/'/g, "''")}'`;
}

/** A string or no-substitution template literal, directly or through a `const` of this file. */
export function stringLiteralOf(node: Node): (Node & { getLiteralText(): string }) | undefined {
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node;
  if (Node.isIdentifier(node)) {
    const declaration = node.getSourceFile().getVariableDeclaration(node.getText());
    const initializer = declaration?.getInitializer();
    if (initializer && (Node.isStringLiteral(initializer) || Node.isNoSubstitutionTemplateLiteral(initializer))) return initializer;
  }
  return undefined;
}

/** `queryRunner.createTable(...)`: the call's callee with its arguments elided, on one line. */
export function callText(node: Node): string {
  const callee = Node.isCallExpression(node) ? node.getExpression().getText() : node.getText();
  const short = callee.replace(/\s+/g, ' ');
  if (Node.isTaggedTemplateExpression(node) && short.length > 60) return `${node.getTag().getText()}\`...\``;
  return Node.isCallExpression(node) ? `${short.length > 60 ? `${short.slice(0, 57)}...` : short}(...)` : short.slice(0, 60);
}
