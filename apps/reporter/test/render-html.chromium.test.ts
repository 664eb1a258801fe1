import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render/render-html.js';
import { readGoldenReport } from './expect-golden.js';
import { chromiumOrSkip, launchChromium } from './headless-chromium.js';
import { HOSTILE_FILE, hostileReport } from './hostile-report.js';

const report = await readGoldenReport();
const available = chromiumOrSkip();

/** What a page did besides rendering: requests (and which went to the network), console errors, dialogs. */
interface Watched {
  readonly page: Page;
  readonly requests: string[];
  readonly networkAttempts: string[];
  readonly consoleErrors: string[];
  readonly dialogs: string[];
}

describe.skipIf(!available)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let directory: string;

  beforeAll(async () => {
    browser = await launchChromium();
    directory = await mkdtemp(join(tmpdir(), 'ripple-html-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  async function watch(): Promise<Watched> {
    const page = await browser.newPage();
    const watched: Watched = { page, requests: [], networkAttempts: [], consoleErrors: [], dialogs: [] };
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (/^(https?|wss?|ftp):/i.test(url)) {
        watched.networkAttempts.push(url);
        await route.abort('blockedbyclient');
      } else {
        await route.continue();
      }
    });
    page.on('request', (request) => watched.requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') watched.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watched.consoleErrors.push(error.message));
    page.on('dialog', (dialog) => {
      watched.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return watched;
  }

  async function open(name: string, html: string): Promise<Watched> {
    const file = join(directory, name);
    await writeFile(file, html);
    const watched = await watch();
    await watched.page.goto(pathToFileURL(file).href);
    return watched;
  }

  const visibleConsumers = (page: Page) => page.locator('tr.consumer').filter({ visible: true });

  it('renders the title, the counts, every change and the graph, with no request and no console error', async () => {
    const { page, requests, networkAttempts, consoleErrors } = await open('report.html', renderHtml(report));
    expect(await page.title()).toBe('Ripple impact report: 3 column changes, 22 consumers, 3 forgotten');
    const count = (key: string) => page.locator(`[data-count="${key}"] dd`).textContent();
    expect(await count('changes')).toBe('3');
    expect(await count('consumers')).toBe('22');
    expect(await count('forgotten')).toBe('3');
    expect(await count('apiChanges')).toBe('4');
    for (const change of report.changes) {
      const block = page.locator(`details[data-change="${change.id}"]`);
      await expect.poll(() => block.isVisible()).toBe(true);
      expect(await block.locator('summary').textContent()).toContain(`${change.table}.${change.column} ${change.summary}`);
    }
    expect(await visibleConsumers(page).count()).toBe(22);
    expect(await page.locator('#shown-count').textContent()).toBe('22 of 22 consumers shown');
    expect(await page.locator('svg.impact-graph g.node').count()).toBe(12);
    expect(await page.locator('svg.impact-graph path.edge').count()).toBe(14);
    expect(await page.locator('tr.api-change').filter({ visible: true }).count()).toBe(4);
    expect(await page.locator('#findings tr.finding').count()).toBe(1);
    expect(await page.locator('#diagnostics tr.diagnostic').textContent()).toContain('sql/dynamic');
    expect(requests).toEqual([page.url()]);
    expect(networkAttempts).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('filters the visible consumers as the user types, and hides changes left without any', async () => {
    const { page, consoleErrors } = await open('report.html', renderHtml(report));
    await page.locator('#search').pressSequentially('billing');
    await expect.poll(() => page.locator('#shown-count').textContent()).toBe('4 of 22 consumers shown');
    const rows = await visibleConsumers(page).allTextContents();
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toContain('billing');
    expect(await page.locator('details.change').filter({ visible: true }).count()).toBe(2);
    expect(await page.locator('details[data-change="column-dropped:public.orders.legacy_status"]').isVisible()).toBe(false);

    await page.locator('#search').fill('legacy_status');
    await expect.poll(() => visibleConsumers(page).count()).toBe(3);
    await page.locator('#search').fill('FORGOTTEN');
    await expect.poll(() => visibleConsumers(page).count()).toBe(3);
    expect(await page.locator('#no-match').isVisible()).toBe(false);
    await page.locator('#search').fill('no-such-consumer');
    await expect.poll(() => page.locator('#no-match').isVisible()).toBe(true);
    expect(await page.locator('details.change').filter({ visible: true }).count()).toBe(0);
    await page.locator('#search').fill('');
    await expect.poll(() => visibleConsumers(page).count()).toBe(22);
    expect(await page.locator('#no-match').isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('filters by consumer kind and by severity', async () => {
    const { page, consoleErrors } = await open('report.html', renderHtml(report));
    await page.locator('#kind-filter').selectOption('api');
    await expect.poll(() => visibleConsumers(page).count()).toBe(4);
    for (const kind of await visibleConsumers(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')))) {
      expect(kind).toBe('api');
    }
    await page.locator('#kind-filter').selectOption('db-object');
    await expect.poll(() => visibleConsumers(page).count()).toBe(3);
    await page.locator('#kind-filter').selectOption('');
    await page.locator('#severity-filter').selectOption('warning');
    await expect.poll(() => visibleConsumers(page).count()).toBe(7);
    expect(await page.locator('details.change').filter({ visible: true }).count()).toBe(1);
    expect(await page.locator('tr.api-change').filter({ visible: true }).count()).toBe(1);
    expect(await page.locator('tr.finding').filter({ visible: true }).count()).toBe(1);
    await page.locator('#severity-filter').selectOption('error');
    await expect.poll(() => visibleConsumers(page).count()).toBe(15);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('searches for a graph node when it is clicked, and collapses a change when its summary is clicked', async () => {
    const { page } = await open('report.html', renderHtml(report));
    await page.locator('[data-node="service:billing"]').click();
    expect(await page.locator('#search').inputValue()).toBe('billing');
    await expect.poll(() => visibleConsumers(page).count()).toBe(4);
    await page.locator('#search').fill('');
    const email = page.locator('details[data-change="column-renamed:public.customers.email"]');
    await email.locator('summary').click();
    await expect.poll(() => email.locator('tr.consumer').filter({ visible: true }).count()).toBe(0);
    expect(await visibleConsumers(page).count()).toBe(10);
    await page.close();
  });

  it('shows hostile file names and SQL as text: no element is injected, no script runs', async () => {
    const { page, dialogs, consoleErrors, networkAttempts } = await open('hostile.html', renderHtml(hostileReport(report)));
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('main script, main svg svg').count()).toBe(0);
    expect(await page.locator('#changes').textContent()).toContain(`${HOSTILE_FILE}:21`);
    expect(await page.locator('#diagnostics').textContent()).toContain('</script><script>alert("sql")</script>');
    await page.locator('#search').fill('<img src=x');
    await expect.poll(() => visibleConsumers(page).count()).toBe(2);
    expect(dialogs).toEqual([]);
    expect(networkAttempts).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('would notice a network request: the guard sees one from a page that makes it', async () => {
    const watched = await watch();
    await watched.page.setContent('<img src="http://192.0.2.1/pixel.png">');
    await expect.poll(() => watched.networkAttempts).toEqual(['http://192.0.2.1/pixel.png']);
    await watched.page.close();
  });
});
