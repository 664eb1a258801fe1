import type { MigrationLoader } from '../migration-loader.js';
import { loadMatchingSqlFiles } from '../sql-file-migration.js';

/** `prisma/migrations/20240101120000_add_email/migration.sql` (the directory given is `prisma/migrations`). */
const FILE = /^(\d+)_([^/]+)\/migration\.sql$/;

/**
 * What prisma migrate runs: every folder's `migration.sql`, whatever the folder's name. `20230328072406_` (a
 * migration created with an empty name), `0_init` (the baseline Prisma's docs make) and a folder with no timestamp
 * all run; the version is the folder's leading digits (its whole name without any), the name what follows them.
 */
const ANY_FOLDER = /^(?:(\d+)_?)?([^/]*)\/migration\.sql$/;

export const prismaLoader: MigrationLoader = {
  format: 'prisma',
  // prisma migrate sorts the folder names as strings: `20250625_x` runs after `20250409154352_y`.
  order: 'file-name',
  detect: async (listing) => listing.files.some((file) => FILE.test(file)),
  load: (listing) =>
    loadMatchingSqlFiles(listing, ANY_FOLDER, (match, file) => {
      const folder = file.slice(0, file.indexOf('/'));
      return { format: 'prisma', version: match[1] ?? folder, name: match[2] === '' ? folder : match[2]!, upFile: file };
    }),
};
