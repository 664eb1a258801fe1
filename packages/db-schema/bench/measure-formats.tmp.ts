// temporary: not committed
import { loadPGliteExtensions, migrationExtensions } from '../src/apply/pglite-extensions.js';
import { loadMigrations } from '../src/migrations/load-migrations.js';
import { startPGlite } from '../src/apply/start-pglite.js';
import { runStatements } from '../src/apply/apply-migrations.js';
const [root, dir] = process.argv.slice(2);
const migrations = await loadMigrations(root!, dir!);
const statements = migrations.reduce((n, m) => n + m.up.length, 0);
const diagnostics = migrations.flatMap((m) => m.diagnostics ?? []);
console.log(`${dir}: ${migrations.length} migrations (${[...new Set(migrations.map((m) => m.format))].join(',')}), ${statements} up statements, ${diagnostics.length} not-static`);
const reasons = new Map<string, number>();
for (const d of diagnostics) { const k = d.message.replace(/`[^`]*`/g, '`x`').slice(0, 110); reasons.set(k, (reasons.get(k) ?? 0) + 1); }
for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${n} x ${k}`);
if (process.env.APPLY) {
  const db = await startPGlite({ cacheFile: '/tmp/measure/pglite.cache', extensions: await loadPGliteExtensions(migrationExtensions(migrations)) });
  let applied = 0;
  for (const m of migrations) {
    const failure = await runStatements(db.db ?? db, [...(m.setup ?? []), ...m.up]);
    if (failure) { console.log(`  apply stops at ${failure.location.file}:${failure.location.line}: ${failure.message}`); break; }
    applied += 1;
  }
  console.log(`  applied ${applied}/${migrations.length}`);
  await db.db.close();
}
