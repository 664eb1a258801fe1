import { createHash } from 'node:crypto';
import type { ImpactReport } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, rawElementText } from '../src/render/html/html-template.js';
import { layoutImpactGraph } from '../src/render/html/layout-impact-graph.js';
import { renderHtml } from '../src/render/render-html.js';
import { expectGolden, readGoldenReport, reverseLists } from './expect-golden.js';
import { hostileReport, HOSTILE_FILE, HOSTILE_SQL } from './hostile-report.js';

const report = await readGoldenReport();
const page = renderHtml(report);

describe('renderHtml', () => {
  it('matches the golden file', async () => {
    await expectGolden('shop-forgotten.html', page);
  });

  it('is byte-identical for the same report given in any order', () => {
    expect(renderHtml(reverseLists(report))).toBe(page);
    expect(page).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  });

  it('references nothing outside the file, and its CSP allows only its own style and script, by hash', () => {
    expect(page).not.toMatch(/<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<style/g)).toHaveLength(1);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    const hash = (text: string): string => createHash('sha256').update(text).digest('base64');
    expect(page).toContain(
      `content="default-src &#39;none&#39;; style-src &#39;sha256-${hash(style)}&#39;; script-src &#39;sha256-${hash(script)}&#39;;`,
    );
  });

  it('shows the counts, every change, and a row per consumer', () => {
    expect(page).toContain('<title>Ripple impact report: 3 column changes, 22 consumers, 3 forgotten</title>');
    for (const change of report.changes) expect(page).toContain(`data-change="${change.id}"`);
    expect(page.match(/<tr class="consumer"/g)).toHaveLength(22);
    expect(page.match(/<span class="status status-forgotten">/g)).toHaveLength(3);
    expect(page.match(/<tr class="api-change"/g)).toHaveLength(4);
    expect(page.match(/<tr class="finding"/g)).toHaveLength(1);
    expect(page.match(/<tr class="diagnostic"/g)).toHaveLength(1);
  });

  it('escapes hostile file names, symbols and SQL everywhere', () => {
    const hostile = renderHtml(hostileReport(report));
    expect(hostile).not.toContain('<img');
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).not.toContain(HOSTILE_SQL);
    expect(hostile).toContain(escapeHtml(HOSTILE_FILE));
    expect(hostile).toContain(escapeHtml(HOSTILE_SQL));
    // Only the report's own script element; every event-handler-looking text is inside escaped text.
    expect(hostile.match(/<script/g)).toHaveLength(1);
    const withoutEscapedText = hostile.replace(/&lt;img src=[xy] onerror|&quot;&gt;&lt;svg onload/g, '');
    expect(withoutEscapedText).not.toMatch(/onerror|onload/);
  });

  it('renders an empty report', () => {
    const empty = renderHtml({ schemaVersion: 1, changes: [], apiChanges: [], findings: [], diagnostics: [] });
    expect(empty).toContain('<title>Ripple impact report: 0 column changes, 0 consumers</title>');
    expect(empty).toContain('No column changes, so nothing to draw.');
    expect(empty).toContain('Everything was analysed.');
  });
});

describe('html template', () => {
  it('escapes interpolated text and numbers, keeps Html, and drops empty values', () => {
    const inner = html`<b>${'a&b'}</b>`;
    expect(html`<p title="${`"x' <y>`}">${inner}${[inner, inner]}${undefined}${false}${null}${3}</p>`.text).toBe(
      '<p title="&quot;x&#39; &lt;y&gt;"><b>a&amp;b</b><b>a&amp;b</b><b>a&amp;b</b>3</p>',
    );
  });

  it('refuses raw element text that could close its element', () => {
    expect(() => rawElementText('x</script><script>alert(1)')).toThrow(/must not contain/);
  });
});

describe('layoutImpactGraph', () => {
  const graph = layoutImpactGraph(report);

  it('puts columns, then services and database objects, then API operations, ordered by their parents', () => {
    const lane = (name: string): readonly string[] => graph.nodes.filter((node) => node.lane === name).map((node) => node.key);
    expect(lane('column')).toEqual(['column:public.customers.email', 'column:public.order_items.price', 'column:public.orders.legacy_status']);
    expect(lane('consumer')).toEqual([
      'db-object:index public.customers_email_lower_key',
      'db-object:view public.customer_emails',
      'service:billing',
      'db-object:view public.order_totals',
      'service:nightly-export',
      'service:orders-api',
    ]);
    expect(lane('api')).toEqual(['api:GET /customers', 'api:GET /customers/{id}', 'api:GET /orders/{id}']);
  });

  it('draws one edge per column and consumer, and reaches API operations through the service that serves them', () => {
    expect(graph.edges.map((edge) => `${edge.from} -> ${edge.to} (${edge.weight}, ${edge.severity})`)).toEqual([
      'column:public.customers.email -> db-object:index public.customers_email_lower_key (1, error)',
      'column:public.customers.email -> db-object:view public.customer_emails (1, error)',
      'column:public.customers.email -> service:billing (2, error)',
      'column:public.customers.email -> service:nightly-export (1, error)',
      'column:public.customers.email -> service:orders-api (4, error)',
      'column:public.order_items.price -> db-object:view public.order_totals (1, warning)',
      'column:public.order_items.price -> service:billing (2, warning)',
      'column:public.order_items.price -> service:nightly-export (1, warning)',
      'column:public.order_items.price -> service:orders-api (2, warning)',
      'column:public.orders.legacy_status -> service:nightly-export (1, error)',
      'column:public.orders.legacy_status -> service:orders-api (2, error)',
      'service:orders-api -> api:GET /customers (2, error)',
      'service:orders-api -> api:GET /customers/{id} (1, error)',
      'service:orders-api -> api:GET /orders/{id} (1, warning)',
    ]);
    const forgotten = graph.nodes.filter((node) => node.forgotten > 0).map((node) => `${node.key}:${node.forgotten}`);
    expect(forgotten).toEqual([
      'column:public.customers.email:1',
      'column:public.orders.legacy_status:2',
      'service:billing:1',
      'service:nightly-export:1',
      'service:orders-api:1',
    ]);
  });

  it('links an API operation straight to its column when no consumer of that column is in its service', () => {
    const apiOnly: ImpactReport = {
      ...report,
      changes: [{ ...report.changes[0]!, consumers: report.changes[0]!.consumers.filter((consumer) => consumer.kind === 'api') }],
    };
    expect(layoutImpactGraph(apiOnly).edges.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([
      'column:public.customers.email -> api:GET /customers',
      'column:public.customers.email -> api:GET /customers/{id}',
    ]);
  });
});
