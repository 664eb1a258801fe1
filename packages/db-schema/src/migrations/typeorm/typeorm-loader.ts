import { Node } from 'ts-morph';
import type { CodeMigrationAdapter } from '../code-migration.js';
import { codeFiles, loadCodeMigrations } from '../code-migration.js';
import type { MigrationLoader } from '../migration-loader.js';

/**
 * TypeORM migration classes: `1700000000000-AddEmail.ts` with `async up(queryRunner: QueryRunner)`. SQL is the first
 * argument of `queryRunner.query(...)`; any other `queryRunner.*` call (createTable, addColumn, ...) builds SQL at run
 * time and is reported.
 */
const adapter: CodeMigrationAdapter = {
  format: 'typeorm',
  file: /^(\d+)-(.+)\.[cm]?[tj]s$/,
  classify: (node, param) => {
    if (!Node.isCallExpression(node)) return undefined;
    const callee = node.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || callee.getExpression().getText() !== param) return undefined;
    const [sql] = node.getArguments();
    if (callee.getName() === 'query' && sql) return { kind: 'sql', sql };
    return { kind: 'dynamic', node, why: 'TypeORM builds this SQL at run time' };
  },
};

export const typeormLoader: MigrationLoader = {
  format: 'typeorm',
  detect: async (listing) => {
    for (const file of codeFiles(listing)) {
      if (/MigrationInterface|QueryRunner/.test(await listing.read(file))) return true;
    }
    return false;
  },
  load: (listing) => loadCodeMigrations(listing, adapter),
};
