import type { MigrationLoader } from '../migration-loader.js';
import { downFileIfPresent, loadMatchingSqlFiles } from '../sql-file-migration.js';

/** `0001_create_customers.sql`, `002-add-orders.sql`, `3.sql`; an optional `0001_x.down.sql` beside it. */
const UP_FILE = /^(\d+)(?:[_-](.+?))?\.sql$/;

export const sqlNumberedLoader: MigrationLoader = {
  format: 'sql-numbered',
  detect: async (listing) => listing.files.some((file) => UP_FILE.test(file) && !file.endsWith('.down.sql')),
  load: (listing) =>
    loadMatchingSqlFiles(listing, UP_FILE, (match, file) =>
      file.endsWith('.down.sql')
        ? undefined
        : {
            format: 'sql-numbered',
            version: match[1]!,
            name: match[2] ?? '',
            upFile: file,
            ...downFileIfPresent(listing, file.replace(/\.sql$/, '.down.sql')),
          },
    ),
};
