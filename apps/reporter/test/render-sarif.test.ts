import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HISTORY_RULES, LINT_RULES } from '@ripple/db-schema';
import type { Consumer, ImpactReport } from '@ripple/model';
import { RULES as API_RULES } from '@ripple/openapi-diff';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { renderSarif } from '../src/render/render-sarif.js';
import { KNOWN_RULES, RULE_DOCS_BASE_URL, RULE_DOCUMENTS, ruleDocsUrl } from '../src/render/sarif/sarif-rules.js';
import { expectGolden, readGoldenReport, reverseLists } from './expect-golden.js';
import { sarifSchemaErrors } from './validate-sarif.js';

const report = await readGoldenReport();
const migration = 'db/migrations/0005_customer_email_address_and_decimal_prices.up.sql';

function parse(text: string): Log {
  return JSON.parse(text) as Log;
}

function results(log: Log): readonly Result[] {
  return log.runs[0]?.results ?? [];
}

function where(result: Result): string {
  const physical = result.locations?.[0]?.physicalLocation;
  const line = physical?.region?.startLine;
  return `${physical?.artifactLocation?.uri ?? '?'}${line !== undefined ? `:${line}` : ''}`;
}

describe('renderSarif', () => {
  const text = renderSarif(report);
  const log = parse(text);

  it('matches the golden file and validates against the SARIF 2.1.0 schema', async () => {
    await expectGolden('shop-forgotten.sarif.json', text);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
  });

  it('reports forgotten consumers, unhandled consumers of warning changes, the finding and error/warning API changes', () => {
    expect(results(log).map((result) => [result.ruleId, result.level, where(result)])).toEqual([
      ['rename-column-breaks-readers', 'warning', `${migration}:3`],
      ['forgotten-consumer', 'error', 'jobs/nightly-export/sql/order-lines.sql:3'],
      ['column-type-changed', 'warning', 'jobs/nightly-export/sql/order-lines.sql:6'],
      ['request-parameter-removed', 'error', 'openapi/base.yaml'],
      ['response-property-type-changed', 'warning', 'openapi/base.yaml'],
      ['response-required-property-removed', 'error', 'openapi/base.yaml'],
      ['forgotten-consumer', 'error', 'services/billing/src/invoice.ts:21'],
      ['column-type-changed', 'warning', 'services/billing/src/invoice.ts:27'],
      ['column-type-changed', 'warning', 'services/billing/src/schema.ts:20'],
      ['column-type-changed', 'warning', 'services/orders-api/src/entities/order-item.entity.ts:23'],
      ['forgotten-consumer', 'error', 'services/orders-api/src/orders/legacy-status-sync.ts:13'],
      ['column-type-changed', 'warning', 'services/orders-api/src/orders/orders.router.ts:20'],
    ]);
  });

  it('names the column, the change and the migration in a forgotten-consumer message, with the migration as related location', () => {
    const forgotten = results(log).find((result) => where(result) === 'services/billing/src/invoice.ts:21');
    expect(forgotten?.message.text).toBe(
      `services/billing/src/invoice.ts:21 still reads public.customers.email, renamed to email_address in ${migration}:3`,
    );
    expect(forgotten?.relatedLocations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(migration);
    expect(forgotten?.properties).toEqual({
      change: 'column-renamed:public.customers.email',
      consumerKind: 'code',
      service: 'billing',
      symbol: 'buildMonthlyInvoice',
      access: 'read',
      adapter: 'drizzle',
      status: 'forgotten',
    });
    const dropped = results(log).find((result) => where(result) === 'services/orders-api/src/orders/legacy-status-sync.ts:13');
    expect(dropped?.message.text).toBe(
      `services/orders-api/src/orders/legacy-status-sync.ts:13 still writes public.orders.legacy_status, dropped in ${migration}:5`,
    );
  });

  it('locates API changes at the spec file, with the JSON pointer in the message and properties', () => {
    const removed = results(log).find((result) => result.ruleId === 'response-required-property-removed');
    expect(removed?.locations?.[0]?.physicalLocation?.region).toBeUndefined();
    expect(removed?.message.text).toBe(
      'GET /customers/{id}: required response property email was removed from Customer (openapi/base.yaml#/components/schemas/Customer/properties/email)',
    );
    expect(removed?.properties).toEqual({ operation: 'GET /customers/{id}', pointer: '/components/schemas/Customer/properties/email', property: 'email' });
    expect(results(log).some((result) => result.ruleId === 'response-property-added')).toBe(false);
  });

  it('describes every rule it uses, with docs under one base URL, and points results at their rule', () => {
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    const used = [...new Set(results(log).map((result) => result.ruleId))].sort();
    expect(rules.map((rule) => rule.id)).toEqual(used);
    for (const rule of rules) {
      expect(rule.helpUri).toBe(ruleDocsUrl(rule.id));
      expect(rule.helpUri?.startsWith(RULE_DOCS_BASE_URL)).toBe(true);
      expect(rule.shortDescription?.text).toMatch(/^[A-Z]/);
      expect(rule.help?.text.length).toBeGreaterThan(20);
    }
    for (const result of results(log)) expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    expect(rules.find((rule) => rule.id === 'forgotten-consumer')?.defaultConfiguration?.level).toBe('error');
    expect(rules.find((rule) => rule.id === 'response-property-type-changed')?.shortDescription?.text).toBe('Response property type changed');
  });

  it('links every rule to a document of this repository that holds its anchor', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const anchors = (document: string): Set<string> => new Set([...readFileSync(path.join(root, document), 'utf8').matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]!));
    const documents = new Map<string, Set<string>>(Object.values(RULE_DOCUMENTS).map((document) => [document, anchors(document)]));
    const ids = [...Object.keys(KNOWN_RULES), ...LINT_RULES.map((rule) => rule.id), ...Object.keys(HISTORY_RULES), ...API_RULES.map((rule) => rule.id)];
    const broken = ids.filter((id) => {
      const [document, anchor] = ruleDocsUrl(id).slice(RULE_DOCS_BASE_URL.length).split('#');
      return !documents.get(document!)?.has(anchor!);
    });
    expect(broken).toEqual([]);
    expect(ruleDocsUrl('ban-drop-column')).toBe(`${RULE_DOCS_BASE_URL}docs/migration-lint.md#ban-drop-column`);
    expect(ruleDocsUrl('response-required-property-removed')).toBe(`${RULE_DOCS_BASE_URL}packages/openapi-diff/docs/rules.md#response-required-property-removed`);
  });

  it('gives every result a distinct fingerprint that survives a line shift', () => {
    const prints = results(log).map((result) => result.partialFingerprints?.['rippleFingerprint/v1']);
    expect(new Set(prints).size).toBe(prints.length);
    const shifted = mapConsumers(report, (consumer) => (consumer.line !== undefined ? { ...consumer, line: consumer.line + 7 } : consumer));
    const shiftedPrints = results(parse(renderSarif(shifted))).map((result) => result.partialFingerprints?.['rippleFingerprint/v1']);
    expect(new Set(shiftedPrints)).toEqual(new Set(prints));
  });

  it('keeps fingerprints distinct when one function uses a column twice', () => {
    const twice = mapChanges(report, (consumers) => [...consumers, { ...consumers.find((c) => c.line === 21 && c.kind === 'code')!, line: 40 }]);
    const prints = results(parse(renderSarif(twice))).map((result) => result.partialFingerprints?.['rippleFingerprint/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('is byte-identical for the same report given in any order, and has no timestamps', () => {
    expect(renderSarif(reverseLists(report))).toBe(text);
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  });

  it('sets the tool version only when given', () => {
    expect(log.runs[0]?.tool.driver.version).toBeUndefined();
    expect(parse(renderSarif(report, { toolVersion: '0.1.0' })).runs[0]?.tool.driver.version).toBe('0.1.0');
  });

  it('percent-encodes a hostile file name into a valid relative uri, and keeps it verbatim in the message', () => {
    const hostile = 'services/billing/src/<img src=x onerror=alert(1)>.ts';
    const renamed = mapConsumers(report, (consumer) =>
      consumer.file === 'services/billing/src/invoice.ts' ? { ...consumer, file: hostile } : consumer,
    );
    const hostileLog = parse(renderSarif(renamed));
    expect(sarifSchemaErrors(hostileLog)).toEqual([]);
    const result = results(hostileLog).find((r) => r.ruleId === 'forgotten-consumer' && (r.message.text ?? '').includes('<img'));
    expect(result?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({
      uri: 'services/billing/src/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.ts',
      uriBaseId: '%SRCROOT%',
    });
    expect((result?.message.text ?? '').startsWith(`${hostile}:21 still reads`)).toBe(true);
  });

  it('renders an empty report as a valid log with no results and no rules', () => {
    const empty = parse(renderSarif({ schemaVersion: 1, changes: [], apiChanges: [], findings: [], diagnostics: [] }));
    expect(sarifSchemaErrors(empty)).toEqual([]);
    expect(results(empty)).toEqual([]);
    expect(empty.runs[0]?.tool.driver.rules).toEqual([]);
  });
});

function mapChanges(base: ImpactReport, map: (consumers: readonly Consumer[]) => readonly Consumer[]): ImpactReport {
  return { ...base, changes: base.changes.map((change) => ({ ...change, consumers: map(change.consumers) })) };
}

function mapConsumers(base: ImpactReport, map: (consumer: Consumer) => Consumer): ImpactReport {
  return mapChanges(base, (consumers) => consumers.map(map));
}
