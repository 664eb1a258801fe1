import type { SourceFile } from 'ts-morph';
import { Node, SyntaxKind } from '../ts-morph-lazy.js';
import type { CodeMigrationAdapter } from '../code-migration.js';
import { codeFiles, loadCodeMigrations, sqlLiteral } from '../code-migration.js';
import type { MigrationLoader } from '../migration-loader.js';
import { readStaticValue, short } from '../static-value.js';

/** Modules whose import gives a SQL tag: slonik, sql-template-strings, sql-template-tag, postgres, @databases/pg. */
const TAG_MODULES = String.raw`slonik|@slonik/sql-tag|sql-template-strings|sql-template-tag|postgres|@databases/pg|@databases/sql|@vercel/postgres`;
const TAG_MODULE = new RegExp(`^(?:${TAG_MODULES})$`);
const TAG_IMPORT = new RegExp(`(?:from|require\\()\\s*['"](?:${TAG_MODULES})['"]`);
/** Tools with loaders of their own: a folder importing them is theirs, not a custom runner's. */
const OTHER_TOOL = /from ['"](?:typeorm|knex|kysely|@mikro-orm\/[\w-]+|sequelize|db-migrate|node-pg-migrate)['"]|require\(['"](?:knex|sequelize|db-migrate|node-pg-migrate)['"]\)/;

/** The names a file binds to SQL tags by import or require: `sql`, `SQL`. */
const tagNames = new WeakMap<SourceFile, ReadonlySet<string>>();
function tagsOf(source: SourceFile): ReadonlySet<string> {
  let names = tagNames.get(source);
  if (!names) {
    const found = new Set<string>();
    for (const declaration of source.getImportDeclarations()) {
      if (!TAG_MODULE.test(declaration.getModuleSpecifierValue())) continue;
      const defaultImport = declaration.getDefaultImport();
      if (defaultImport) found.add(defaultImport.getText());
      for (const named of declaration.getNamedImports()) found.add(named.getAliasNode()?.getText() ?? named.getName());
    }
    for (const declaration of source.getVariableDeclarations()) {
      const initializer = declaration.getInitializer()?.getText() ?? '';
      const module = /^require\(['"]([^'"]+)['"]\)(?:\.(\w+))?$/.exec(initializer);
      if (module?.[1] && TAG_MODULE.test(module[1])) {
        const nameNode = declaration.getNameNode();
        if (Node.isIdentifier(nameNode)) found.add(nameNode.getText());
        else for (const element of nameNode.getDescendantsOfKind(SyntaxKind.Identifier)) found.add(element.getText());
      }
    }
    names = found;
    tagNames.set(source, names);
  }
  return names;
}

/** `sql`, `sql.unsafe`, `sql.type(row)`: the leftmost identifier of a tag. */
function tagRoot(tag: Node): string {
  let node = tag;
  while (Node.isPropertyAccessExpression(node) || Node.isCallExpression(node)) node = node.getExpression();
  return node.getText();
}

function isSqlTag(node: Node, param: string): boolean {
  if (!Node.isTaggedTemplateExpression(node)) return false;
  const root = tagRoot(node.getTag());
  return root === param || tagsOf(node.getSourceFile()).has(root);
}

/**
 * The SQL a tag sends: constant substitutions are bound values (their SQL literal), `sql.identifier(['a', 'b'])` of
 * constants a quoted name, a nested `sql` template its text; any other substitution stops the reading.
 */
function readTemplate(node: Node, param: string): { sql: string } | { why: string } {
  if (!Node.isTaggedTemplateExpression(node)) return { why: 'not a template' };
  const template = node.getTemplate();
  if (Node.isNoSubstitutionTemplateLiteral(template)) return { sql: template.getLiteralText() };
  let sql = template.getHead().getLiteralText();
  for (const span of template.getTemplateSpans()) {
    const expression = span.getExpression();
    let part: { sql: string } | { why: string };
    if (isSqlTag(expression, param)) {
      part = readTemplate(expression, param);
    } else if (Node.isCallExpression(expression) && /\.identifier$/.test(expression.getExpression().getText())) {
      const [names] = expression.getArguments();
      const value = names ? readStaticValue(names) : undefined;
      part =
        value?.ok && Array.isArray(value.value) && value.value.every((name) => typeof name === 'string')
          ? { sql: (value.value as string[]).map((name) => `"${name.replace(/"/g, '""')}"`).join('.') }
          : { why: `the sql template substitutes \`${short(expression)}\`, not a constant of this file` };
    } else {
      const value = readStaticValue(expression);
      part = value.ok ? { sql: sqlLiteral(value.value) } : { why: `the sql template substitutes \`${short(value.node)}\`, not a constant of this file` };
    }
    if ('why' in part) return part;
    sql += part.sql + span.getLiteral().getLiteralText();
  }
  return { sql };
}

/**
 * Custom runners that export SQL through a tagged template: `export const up = sql\`...\``, `export default
 * sql.unsafe\`...\``, `module.exports = { up: sql\`...\` }`, or alteration objects `{ up: async (pool) => {
 * await pool.query(sql\`...\`) } }`. A template whose substitutions are all constants of the file is read; any
 * other substitution (`sql.identifier([table])`, a variable) is reported at its line.
 */
const adapter: CodeMigrationAdapter = {
  format: 'sql-template',
  file: /^(\d+(?:[.T]\d+)*)[._-](.+?)\.[cm]?[tj]s$/,
  classify: (node, param) => {
    if (Node.isTaggedTemplateExpression(node)) {
      if (!isSqlTag(node, param)) return undefined;
      const text = readTemplate(node, param);
      return 'why' in text ? { kind: 'dynamic', node, why: text.why } : { kind: 'sql', sql: node.getTemplate(), text: text.sql };
    }
    if (!Node.isCallExpression(node) || param === '') return undefined;
    const callee = node.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || callee.getExpression().getText() !== param || callee.getName() !== 'query') return undefined;
    const [sql, params] = node.getArguments();
    if (!sql || Node.isTaggedTemplateExpression(sql)) return undefined;
    return { kind: 'sql', sql, ...(params ? { params } : {}) };
  },
};

export const sqlTemplateLoader: MigrationLoader = {
  format: 'sql-template',
  detect: async (listing) => {
    // A versioned file (`0001_x.ts`, `2024.01.01T00.00.00.x.ts`) that imports a tag and exports an `up` (or a default): a
    // `migrate.ts` beside drizzle's or Prisma's SQL that imports `postgres` is not one.
    let tagged = false;
    for (const file of codeFiles(listing)) {
      const text = await listing.read(file);
      if (OTHER_TOOL.test(text)) return false;
      tagged ||=
        adapter.file.test(file) &&
        /\bexports\.up\b|\bexport\s+(?:const|let|(?:async\s+)?function)\s+up\b|\bup\s*:|\bexport\s+default\b/.test(text) &&
        TAG_IMPORT.test(text);
    }
    return tagged;
  },
  load: (listing) => loadCodeMigrations(listing, adapter),
};
