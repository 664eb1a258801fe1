import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileFacts } from '../facts/file-facts.js';

export interface SourceText {
  readonly file: string;
  readonly text: string;
}

/** What a worker starts with: every missed file, and the shared counter from which each thread claims its next one. */
export interface ExtractShare {
  readonly sources: readonly SourceText[];
  readonly next: SharedArrayBuffer;
}

/** What a worker posts: the facts of files it claimed, by index, a batch at a time; `done` once nothing is left. */
export interface ExtractedBatch {
  readonly facts: readonly (readonly [number, FileFacts])[];
  readonly done: boolean;
}

export interface ThreadedExtraction {
  /** One entry per source, in the sources' order, whichever thread read it. */
  readonly facts: readonly FileFacts[];
  /** How many files workers read. */
  readonly byWorkers: number;
  /** Why workers failed (their files were read again on this thread). */
  readonly failures: readonly string[];
}

export interface ThreadOptions {
  /** Threads in all, this one included when `mainThread` (the default) is true. */
  readonly threads: number;
  /** Whether this thread reads files too while the workers start and run. Default true. */
  readonly mainThread?: boolean;
  /** The worker entry; default `extract-worker` beside this module (`.ts` from source, `.js`/`.mjs` when built). */
  readonly workerUrl?: URL;
}

/** Beside this module under its own extension: `extract-worker.ts` from source, `.js` built by tsc, `.mjs` bundled. */
const EXTRACT_WORKER_URL = new URL(`./extract-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** How many facts a worker posts at once: fewer messages, and the last batch goes as soon as nothing is left to claim. */
const BATCH = 32;

/**
 * Claims sources one at a time from the shared counter and reads each, until none is left: the loop every thread
 * runs, so that a thread that starts late (a worker loads TypeScript first) simply takes fewer files.
 */
export function extractClaimed(sources: readonly SourceText[], next: Int32Array, extract: (source: SourceText) => FileFacts, read: (index: number, facts: FileFacts) => void): void {
  for (let index = Atomics.add(next, 0, 1); index < sources.length; index = Atomics.add(next, 0, 1)) read(index, extract(sources[index]!));
}

/** The claim loop of a worker: posts what it reads in batches, then `done`. */
export function extractClaimedInWorker(share: ExtractShare, extract: (source: SourceText) => FileFacts, post: (batch: ExtractedBatch) => void): void {
  let facts: (readonly [number, FileFacts])[] = [];
  extractClaimed(share.sources, new Int32Array(share.next), extract, (index, read) => {
    facts.push([index, read]);
    if (facts.length < BATCH) return;
    post({ facts, done: false });
    facts = [];
  });
  post({ facts, done: true });
}

/**
 * Reads every source into facts on this thread and `threads - 1` workers, which claim files from one shared
 * counter; the result is in the sources' order, the same as `sources.map(extract)`. A worker that fails (throws,
 * runs out of memory, exits) leaves its unreported files to this thread. Workers are terminated before returning.
 */
export async function extractInThreads(sources: readonly SourceText[], extract: (source: SourceText) => FileFacts, options: ThreadOptions): Promise<ThreadedExtraction> {
  const share: ExtractShare = { sources, next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
  const facts: (FileFacts | undefined)[] = new Array<FileFacts | undefined>(sources.length);
  const failures: string[] = [];
  let filled = 0;
  let byWorkers = 0;
  let live = 0;
  let stopping = false;
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const check = (): void => {
    if (filled === sources.length || live === 0) settle();
  };
  const mainThread = options.mainThread ?? true;
  const workerCount = Math.max(0, Math.min(options.threads - (mainThread ? 1 : 0), sources.length));
  const workers: Worker[] = [];
  for (let count = 0; count < workerCount; count += 1) {
    let worker: Worker;
    try {
      worker = startWorker(options.workerUrl ?? EXTRACT_WORKER_URL, share);
    } catch (error) {
      // Not startable (no tsx to run the sources, say): this thread reads the files.
      failures.push(`extract worker not started: ${error instanceof Error ? error.message : String(error)}`);
      break;
    }
    workers.push(worker);
    live += 1;
    let ended = false;
    const end = (failure?: string): void => {
      // A worker terminated below, unused or done, exits with code 1: not a failure.
      if (ended || stopping) return;
      ended = true;
      live -= 1;
      if (failure) failures.push(failure);
      check();
    };
    worker.on('message', (batch: ExtractedBatch) => {
      for (const [index, read] of batch.facts) {
        if (facts[index] !== undefined) continue;
        facts[index] = read;
        filled += 1;
        byWorkers += 1;
      }
      if (batch.done) end();
      else check();
    });
    worker.on('error', (error) => end(`extract worker failed: ${error.message}`));
    worker.on('exit', (code) => end(code === 0 ? undefined : `extract worker exited with code ${code}`));
  }
  try {
    if (mainThread) {
      extractClaimed(sources, new Int32Array(share.next), extract, (index, read) => {
        facts[index] = read;
        filled += 1;
      });
    }
    check();
    await settled;
  } finally {
    stopping = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  // Files a failed worker claimed but never reported (or every file, when no thread was left to read them).
  for (let index = 0; index < sources.length; index += 1) facts[index] ??= extract(sources[index]!);
  return { facts: facts as FileFacts[], byWorkers, failures };
}

/**
 * A worker on `entry`. Built (`.js`, `.mjs`), it is started as is. From TypeScript sources (`node --import tsx`,
 * vitest), Node 20 does not apply the parent's loader to a worker's entry, so the worker registers tsx itself first.
 */
function startWorker(entry: URL, share: ExtractShare): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: share });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  // Without the parent's `--import tsx`, which would load tsx a second time for nothing.
  return new Worker(code, { eval: true, workerData: share, execArgv: [] });
}
