import { Node } from '../ts-morph-lazy.js';
import type { CodeMigrationAdapter } from '../code-migration.js';
import { codeFiles, loadCodeMigrations } from '../code-migration.js';
import type { MigrationLoader } from '../migration-loader.js';

/**
 * MikroORM migration classes: `Migration20240101120000.ts` (or `Migration20240101120000_add_email.ts`) extending
 * `Migration` from `@mikro-orm/migrations`, whose `up()` calls `this.addSql('...')` or `this.execute('...')`.
 * The SQL is their first argument: a literal, a `const` of the file, or a template of constants; anything else
 * (`this.getKnex()` builders, SQL made from variables) is reported.
 */
const adapter: CodeMigrationAdapter = {
  format: 'mikro-orm',
  // MikroORM's default `Migration<timestamp>`, or a custom prefix (Medusa's `InitialSetup20240227075933.ts`).
  file: /^[A-Za-z]*?(\d{14})(?:_(.+))?\.[cm]?[tj]s$/,
  classify: (node) => {
    if (!Node.isCallExpression(node)) return undefined;
    const callee = node.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !Node.isThisExpression(callee.getExpression())) return undefined;
    if (callee.getName() !== 'addSql' && callee.getName() !== 'execute') return undefined;
    const [sql, params] = node.getArguments();
    if (!sql) return { kind: 'dynamic', node, why: 'the call has no SQL argument' };
    return { kind: 'sql', sql, ...(callee.getName() === 'execute' && params ? { params } : {}) };
  },
};

export const mikroOrmLoader: MigrationLoader = {
  format: 'mikro-orm',
  detect: async (listing) => {
    for (const file of codeFiles(listing)) {
      if (/from ['"]@mikro-orm\/migrations['"]|require\(['"]@mikro-orm\/migrations['"]\)/.test(await listing.read(file))) return true;
    }
    return false;
  },
  load: (listing) => loadCodeMigrations(listing, adapter),
};
