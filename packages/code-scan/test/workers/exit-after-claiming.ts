import { workerData } from 'node:worker_threads';
import type { ExtractShare } from '../../src/scan/extract-in-threads.js';

/** A worker that dies as a crashed or out-of-memory one does: it claims three files and exits without posting them. */
const share = workerData as ExtractShare;
Atomics.add(new Int32Array(share.next), 0, 3);
process.exit(7);
