// Global setup of the test run: every test process gets a fresh, empty temp dir (TMPDIR, which os.tmpdir() reads),
// and the run fails when a test left anything in it: each test removes what it creates. The sandbox itself is
// removed either way, so a failing run never litters the machine's temp dir.
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const sandbox = mkdtempSync(join(tmpdir(), 'ripple-test-run-'));
  // As /tmp itself: other users may create their own entries (the real-server tests run initdb as postgres).
  chmodSync(sandbox, 0o1777);
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = sandbox;
  return () => {
    // Caches that live for the whole run by design, not something a test forgot: tsx's compile cache (tsx-<uid>)
    // and the initialised PGlite data directory the db-schema tests share (ripple-db-schema-tests).
    const left = readdirSync(sandbox).filter((entry) => !/^tsx-\d+$/.test(entry) && entry !== 'ripple-db-schema-tests').sort();
    rmSync(sandbox, { recursive: true, force: true });
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    if (left.length > 0) {
      throw new Error(`tests left ${left.length} entr${left.length === 1 ? 'y' : 'ies'} in the temp dir (each test removes what it creates): ${left.slice(0, 10).join(', ')}`);
    }
  };
}
