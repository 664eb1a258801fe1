import type { MigrationLoader } from '../migration-loader.js';
import { loadMatchingSqlFiles } from '../sql-file-migration.js';

/** `V1__init.sql`, `V1.2__add_email.sql`, `V1_2__x.sql`; undo `U1.2__x.sql`; repeatable `R__views.sql` (applied last). */
const FILE = /^(?:.*\/)?([VR])(\d+(?:[._]\d+)*)?__(.+)\.sql$/;
const UNDO = /^(?:.*\/)?U(\d+(?:[._]\d+)*)__(.+)\.sql$/;

export const flywayLoader: MigrationLoader = {
  format: 'flyway',
  detect: async (listing) => listing.files.some((file) => /^(?:.*\/)?V\d/.test(file) && FILE.test(file)),
  load: (listing) => {
    const undoByVersion = new Map<string, string>();
    for (const file of listing.files) {
      const match = UNDO.exec(file);
      if (match) undoByVersion.set(match[1]!.replace(/_/g, '.'), file);
    }
    return loadMatchingSqlFiles(listing, FILE, (match, file) => {
      const repeatable = match[1] === 'R';
      if (repeatable === (match[2] !== undefined)) return undefined;
      const version = repeatable ? 'R' : match[2]!.replace(/_/g, '.');
      const downFile = repeatable ? undefined : undoByVersion.get(version);
      return { format: 'flyway', version, name: match[3]!, upFile: file, ...(downFile ? { downFile } : {}) };
    });
  },
};
