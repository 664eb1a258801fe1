import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SystemMap } from '@ripple/model';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { renderMapHtml } from '../src/render/map/render-map-html.js';
import { chromiumOrSkip, launchChromium } from './headless-chromium.js';
import { recordingIo } from './run-io.js';
import { tempDir } from './temp-dirs.js';

const shop = resolve(import.meta.dirname, '../../../fixtures/shop');
/** Where the test leaves its screenshot for a reader (ignored by git). */
const OUTPUT_DIR = resolve(import.meta.dirname, '../test-output');
const available = chromiumOrSkip();

describe.skipIf(!available)('the HTML map in headless Chromium', () => {
  let browser: Browser;
  let map: SystemMap;

  beforeAll(async () => {
    const io = recordingIo();
    expect(await run(['map', '--repo', shop, '--format', 'json'], io)).toBe(0);
    map = JSON.parse(io.out()) as SystemMap;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the graph and the matrix with no request and no console error, filters on a node click, and saves a screenshot', async () => {
    const file = join(await tempDir('map-html'), 'map.html');
    await writeFile(file, renderMapHtml(map));
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const requests: string[] = [];
    const networkAttempts: string[] = [];
    const consoleErrors: string[] = [];
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (/^(https?|wss?|ftp):/i.test(url)) {
        networkAttempts.push(url);
        await route.abort('blockedbyclient');
      } else {
        await route.continue();
      }
    });
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(pathToFileURL(file).href);

    expect(await page.title()).toBe('Ripple system map: 6 tables, 3 services, 3 shared tables, 0 dead-column candidates, 2 drift columns');
    expect(await page.locator('[data-count="shared"] dd').textContent()).toBe('3');
    // 3 services, 4 used tables (products by orders-api alone), 3 operations.
    expect(await page.locator('svg.system-graph g.node.lane-service').count()).toBe(3);
    expect(await page.locator('svg.system-graph g.node.lane-table').count()).toBe(4);
    expect(await page.locator('svg.system-graph g.node.lane-operation').count()).toBe(3);
    expect(await page.locator('svg.system-graph g.node.shared').count()).toBe(3);
    expect(await page.locator('svg.system-graph path.edge').count()).toBe(3 * 3 + 1 + 4);
    expect(await page.locator('table.matrix tr.column-row').count()).toBe(20);
    expect(await page.locator('table.matrix tr.drift').count()).toBe(2);
    expect(await page.locator('#drift tr.drift-column').count()).toBe(2);
    expect(await page.locator('#shown-count').textContent()).toBe('20 of 20 columns shown');

    await page.locator('[data-node="table:public.products"]').click();
    expect(await page.locator('#search').inputValue()).toBe('public.products');
    await expect.poll(() => page.locator('table.matrix tr.column-row').filter({ visible: true }).count()).toBe(5);
    expect(await page.locator('path.edge.lit').count()).toBe(1);
    await page.locator('#search').fill('');
    await page.locator('#search').dispatchEvent('input');
    await expect.poll(() => page.locator('table.matrix tr.column-row').filter({ visible: true }).count()).toBe(20);

    await mkdir(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: join(OUTPUT_DIR, 'map-shop.png'), fullPage: true });
    expect(requests).toEqual([page.url()]);
    expect(networkAttempts).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
