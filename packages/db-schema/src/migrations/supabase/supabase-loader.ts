import type { MigrationLoader } from '../migration-loader.js';
import { loadMatchingSqlFiles } from '../sql-file-migration.js';

/** The Supabase CLI's migration files: `<timestamp>_<name>.sql` (its `^([0-9]+)_(.*)\.sql$`). */
const FILE = /^(\d+)_(.*)\.sql$/;
/** The folder `supabase init` makes: `supabase/migrations`, at the root or in a package. */
const FOLDER = /(^|\/)supabase\/migrations$/;

/**
 * A Supabase project's `supabase/migrations`: numbered SQL files, which the Supabase CLI (`supabase db push`,
 * `migration up`, `db reset`) runs each in its own transaction, unlike `psql -f` (numbered SQL): a
 * `CREATE TEMP TABLE ... ON COMMIT DROP` lives until the file ends. Detected by the folder's name.
 */
export const supabaseLoader: MigrationLoader = {
  format: 'supabase',
  detect: async (listing) => FOLDER.test(listing.dir) && listing.files.some((file) => FILE.test(file)),
  load: (listing) =>
    loadMatchingSqlFiles(listing, FILE, (match, file) => ({ format: 'supabase', version: match[1]!, name: match[2]!, upFile: file })),
};
