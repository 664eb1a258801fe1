import { Node } from 'ts-morph';
import type { CodeMigrationAdapter } from '../code-migration.js';
import { codeFiles, loadCodeMigrations } from '../code-migration.js';
import type { MigrationLoader } from '../migration-loader.js';

/**
 * Knex migrations: `20240101120000_add_email.js` exporting `up(knex)` / `down(knex)`. SQL is the first argument of
 * `knex.raw(...)` or `knex.schema.raw(...)`; schema-builder and query-builder calls are reported.
 */
const adapter: CodeMigrationAdapter = {
  format: 'knex',
  file: /^(\d+)_(.+)\.[cm]?[tj]s$/,
  classify: (node, param) => {
    if (!Node.isCallExpression(node)) return undefined;
    const callee = node.getExpression().getText().replace(/\s+/g, '');
    const [sql] = node.getArguments();
    if ((callee === `${param}.raw` || callee === `${param}.schema.raw`) && sql) return { kind: 'sql', sql };
    if (callee.startsWith(`${param}.schema.`) || callee === param || callee.startsWith(`${param}(`)) {
      return { kind: 'dynamic', node, why: 'the Knex builder makes its SQL at run time' };
    }
    return undefined;
  },
};

export const knexLoader: MigrationLoader = {
  format: 'knex',
  detect: async (listing) => {
    for (const file of codeFiles(listing)) {
      const text = await listing.read(file);
      if (/\bknex\b|from ['"]knex['"]/i.test(text) && /\bup\b/.test(text)) return true;
    }
    return false;
  },
  load: (listing) => loadCodeMigrations(listing, adapter),
};
