import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../src/adapters/registry.js';
import { extractFileFacts } from '../src/extract/extract-file-facts.js';
import { scanUsages } from '../src/index.js';
import { extractInThreads, type SourceText } from '../src/scan/extract-in-threads.js';
import { SHOP_SCHEMA } from './snapshot-of.js';

// Every code fixture at once: 22 services on every adapter, with a syntax error (typeorm/broken-service).
const root = fileURLToPath(new URL('../fixtures/code', import.meta.url));
const extract = ({ file, text }: SourceText) => extractFileFacts(file, text, ADAPTERS);

function sourcesUnder(dir: string): SourceText[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|sql|prisma)$/.test(file))
    .sort()
    .map((file) => ({ file: relative(root, join(dir, file)), text: readFileSync(join(dir, file), 'utf8') }));
}

describe('extracting in worker threads', () => {
  beforeAll(async () => {
    await loadModule();
  });

  it('a scan with a worker finds the same usages and diagnostics, in the same order, as one without', async () => {
    const single = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false, threads: 1 });
    const threaded = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false, threads: 2 });
    expect(single.usages.length).toBeGreaterThan(100);
    expect(single.diagnostics.map((d) => d.code)).toContain('code/syntax-error');
    expect(threaded).toEqual(single);
  });

  it('files a worker reads come back as the main thread reads them, each at its own index', async () => {
    const sources = sourcesUnder(root);
    const { facts, byWorkers, failures } = await extractInThreads(sources, extract, { threads: 2, mainThread: false });
    expect(failures).toEqual([]);
    expect(byWorkers).toBe(sources.length);
    expect(facts).toEqual(sources.map(extract));
  });

  it('a worker that dies after claiming files leaves them to the main thread: the result is whole, the failure said', async () => {
    const sources = sourcesUnder(join(root, 'typeorm'));
    const workerUrl = new URL('./workers/exit-after-claiming.ts', import.meta.url);
    const { facts, byWorkers, failures } = await extractInThreads(sources, extract, { threads: 1, mainThread: false, workerUrl });
    expect(failures).toEqual(['extract worker exited with code 7']);
    expect(byWorkers).toBe(0);
    expect(facts).toEqual(sources.map(extract));
  });

  it('a worker that cannot be started leaves every file to the main thread, and says why', async () => {
    const sources = sourcesUnder(join(root, 'raw-sql'));
    const workerUrl = new URL('https://example.com/extract-worker.js');
    const { facts, byWorkers, failures } = await extractInThreads(sources, extract, { threads: 1, mainThread: false, workerUrl });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^extract worker not started: /);
    expect(byWorkers).toBe(0);
    expect(facts).toEqual(sources.map(extract));
  });
});
