import type { Diagnostic } from '@ripple/model';
import type { ArrowFunction, FunctionDeclaration, FunctionExpression, MethodDeclaration, SourceFile } from 'ts-morph';
import { Node, Project } from 'ts-morph';
import type { Migration, MigrationFormat, MigrationStatement } from './migration.js';
import type { MigrationListing } from './migration-loader.js';
import { repoPath } from './migration-loader.js';
import { splitStatements } from './split-statements.js';

/** What an adapter sees in an up/down body: SQL it can read, or a call whose SQL only exists at run time. */
export type CodeFinding = { readonly kind: 'sql'; readonly sql: Node } | { readonly kind: 'dynamic'; readonly node: Node; readonly why: string };

/** One code-migration tool (TypeORM, Knex, Kysely): its file names and how it spells SQL in code. */
export interface CodeMigrationAdapter {
  readonly format: MigrationFormat;
  /** Matches the file name relative to the migrations directory; group 1 the version, group 2 the name. */
  readonly file: RegExp;
  /** Reads one node of an up/down body given the name of the body's first parameter; undefined to look deeper. */
  readonly classify?: (node: Node, param: string) => CodeFinding | undefined;
  /** Reads the whole up/down function instead (a builder replayed on its real library): its statements in order. */
  readonly read?: (fn: EntryFunction, file: string, diagnostics: Diagnostic[]) => Promise<MigrationStatement[]>;
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
    const source = project.createSourceFile(`/${file}`, await listing.read(file), { overwrite: true });
    const diagnostics: Diagnostic[] = [];
    const read = async (name: 'up' | 'down') => {
      const entry = findEntryPoint(source, name);
      if (!entry) return undefined;
      if (adapter.read) return adapter.read(entry.fn, path, diagnostics);
      return readBody(entry.body, entry.param, adapter, path, diagnostics);
    };
    const up = await read('up');
    if (!up) continue;
    const down = await read('down');
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

/**
 * `up` as a function declaration, a method, `const up = ...`, `exports.up = ...` or `{ up: ... }`: the function, its
 * body and first parameter.
 */
function findEntryPoint(source: SourceFile, name: 'up' | 'down'): { fn: EntryFunction; body: Node; param: string } | undefined {
  let found: { fn: EntryFunction; body: Node; param: string } | undefined;
  source.forEachDescendant((node, traversal) => {
    if (found) return traversal.stop();
    let candidate: Node | undefined;
    if ((Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node)) && node.getName() === name) candidate = node;
    else if ((Node.isVariableDeclaration(node) || Node.isPropertyAssignment(node)) && node.getName() === name) candidate = node.getInitializer();
    else if (Node.isBinaryExpression(node) && /^(?:module\.)?exports\.(up|down)$/.exec(node.getLeft().getText())?.[1] === name) {
      candidate = node.getRight();
    }
    if (
      candidate &&
      (Node.isFunctionDeclaration(candidate) ||
        Node.isMethodDeclaration(candidate) ||
        Node.isArrowFunction(candidate) ||
        Node.isFunctionExpression(candidate))
    ) {
      const body = candidate.getBody();
      const param = candidate.getParameters()[0]?.getName();
      if (body && param) found = { fn: candidate, body, param };
    }
    return undefined;
  });
  return found;
}

function readBody(body: Node, param: string, adapter: CodeMigrationAdapter, file: string, diagnostics: Diagnostic[]): MigrationStatement[] {
  const statements: MigrationStatement[] = [];
  const source = body.getSourceFile();
  body.forEachDescendant((node, traversal) => {
    const finding = adapter.classify?.(node, param);
    if (!finding) return;
    traversal.skip();
    const literal = finding.kind === 'sql' ? stringLiteralOf(finding.sql) : undefined;
    if (literal) {
      const origin = source.getLineAndColumnAtPos(literal.getStart() + 1);
      statements.push(...splitStatements(literal.getLiteralText(), file, origin));
      return;
    }
    const at = source.getLineAndColumnAtPos((finding.kind === 'sql' ? finding.sql : finding.node).getStart());
    const shown = finding.kind === 'dynamic' ? finding.node : node;
    diagnostics.push({
      kind: 'diagnostic',
      code: 'migration/not-static',
      message: `${callText(shown)}: ${finding.kind === 'dynamic' ? finding.why : 'the SQL is not a string literal'}; its SQL is not applied`,
      location: { file, line: at.line, column: at.column },
    });
  });
  return statements;
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
  return Node.isCallExpression(node) ? `${short.length > 60 ? `${short.slice(0, 57)}...` : short}(...)` : short.slice(0, 60);
}
