import { parentPort, workerData } from 'node:worker_threads';
import { loadModule } from 'libpg-query';
import { ADAPTERS } from '../adapters/registry.js';
import { extractFileFacts } from '../extract/extract-file-facts.js';
import { extractClaimedInWorker, type ExtractShare } from './extract-in-threads.js';

/**
 * A worker of `extractInThreads`: loads the parsers, then reads the files it claims from the shared counter and
 * posts their facts. Its own entry point (and its own bundle entry), found beside `extract-in-threads`.
 */
await loadModule();
extractClaimedInWorker(
  workerData as ExtractShare,
  ({ file, text }) => extractFileFacts(file, text, ADAPTERS),
  (batch) => parentPort!.postMessage(batch),
);
