import type { MigrationLoader } from '../migration-loader.js';
import { loadMatchingSqlFiles } from '../sql-file-migration.js';

/** `prisma/migrations/20240101120000_add_email/migration.sql` (the directory given is `prisma/migrations`). */
const FILE = /^(\d+)_([^/]+)\/migration\.sql$/;

export const prismaLoader: MigrationLoader = {
  format: 'prisma',
  // prisma migrate sorts the folder names as strings: `20250625_x` runs after `20250409154352_y`.
  order: 'file-name',
  detect: async (listing) => listing.files.some((file) => FILE.test(file)),
  load: (listing) =>
    loadMatchingSqlFiles(listing, FILE, (match, file) => ({ format: 'prisma', version: match[1]!, name: match[2]!, upFile: file })),
};
