import { Node } from '../ts-morph-lazy.js';
import type { CodeMigrationAdapter } from '../code-migration.js';
import { codeFiles, loadCodeMigrations } from '../code-migration.js';
import type { MigrationLoader } from '../migration-loader.js';

/**
 * Kysely migrations: files exporting `up(db: Kysely<any>)`, run in name order. SQL is a `sql\`...\`` template without
 * substitutions, or `sql.raw('...')`; templates with substitutions and `db.schema` builder chains are reported.
 */
const adapter: CodeMigrationAdapter = {
  format: 'kysely',
  file: /^(?:(\d+(?:[_-]\d+)*)[_-])?(.+?)\.[cm]?[tj]s$/,
  classify: (node, param) => {
    if (Node.isTaggedTemplateExpression(node) && node.getTag().getText() === 'sql') {
      const template = node.getTemplate();
      return Node.isNoSubstitutionTemplateLiteral(template)
        ? { kind: 'sql', sql: template }
        : { kind: 'dynamic', node, why: 'the sql template has substitutions' };
    }
    if (!Node.isCallExpression(node)) return undefined;
    const callee = node.getExpression().getText().replace(/\s+/g, '');
    const [sql] = node.getArguments();
    if (callee === 'sql.raw' && sql) return { kind: 'sql', sql };
    if (callee.startsWith(`${param}.schema.`)) return { kind: 'dynamic', node, why: 'the Kysely schema builder makes its SQL at run time' };
    return undefined;
  },
};

export const kyselyLoader: MigrationLoader = {
  format: 'kysely',
  // Kysely's Migrator runs migrations in the order of their names as strings.
  order: 'file-name',
  detect: async (listing) => {
    for (const file of codeFiles(listing)) {
      if (/from ['"]kysely['"]|Kysely</.test(await listing.read(file))) return true;
    }
    return false;
  },
  load: (listing) => loadCodeMigrations(listing, adapter),
};
