import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ImpactReport } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { recordingIo } from './run-io.js';
import { reportSchemaErrors } from './validate-report.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const scenario = join(repoRoot, 'fixtures/accounts-contract-changed');

describe('ripple report on fixtures/accounts-contract-changed: the column change and the contract change in one story', async () => {
  const io = recordingIo();
  const code = await run(['report', '--repo', scenario, '--format', 'json'], io);
  const report = JSON.parse(io.out()) as ImpactReport;

  it('matches the report known by hand and the published schema', async () => {
    expect(code).toBe(0);
    expect(report).toEqual(JSON.parse(await readFile(join(scenario, 'expected/impact.json'), 'utf8')));
    expect(reportSchemaErrors(report)).toEqual([]);
  });

  it('links the head spec\'s removal of Account.contactEmail to the rename that feeds it; the field kept behind a mapping is preserved, with that line', () => {
    const removed = report.apiChanges.find((change) => change.id === 'response-required-property-removed')!;
    expect(removed.columnChanges).toEqual(['column-renamed:public.accounts.contact_email']);
    expect(report.apiChanges.find((change) => change.id === 'response-required-property-added')!.columnChanges).toBeUndefined();
    const api = report.changes[0]!.consumers.filter((consumer) => consumer.kind === 'api');
    expect(api.map((c) => `${c.operation} .${c.field} ${c.contract?.status} ${c.contract?.apiChanges?.join(',') ?? ''}${c.contract?.mapping ? `${c.contract.mapping.file}:${c.contract.mapping.line} ${c.contract.mapping.step}` : ''}`)).toEqual([
      `GET /accounts/{id} .contactEmail changed ${removed.fingerprint}`,
      'GET /accounts/{id}/contact .email preserved services/accounts-api/src/accounts.ts:15 object literal .email',
    ]);
  });

  it('follows the changed contract to the generated clients (TypeScript, Dart) and the component that still reads the old field; not the preserved one', () => {
    const clients = report.changes[0]!.consumers.filter((consumer) => consumer.kind === 'client');
    expect(clients.map((c) => `${c.file}:${c.line} ${c.access} ${c.symbol} ${c.field} via ${c.operation} ${c.status} ${c.contract?.status} last hop: ${c.chain?.at(-1)?.step}`)).toEqual([
      'apps/accounts-web/src/lib/api/v1.d.ts:46 definition Account.contactEmail Account.contactEmail via GET /accounts/{id} forgotten changed last hop: Account.contactEmail in the generated client',
      'apps/accounts-web/src/pages/AccountPage.tsx:18 read AccountHeader Account.contactEmail via GET /accounts/{id} forgotten changed last hop: read Account.contactEmail',
      'apps/accounts_mobile/accounts_api_client/lib/model/account.dart:25 definition Account.contactEmail Account.contactEmail via GET /accounts/{id} forgotten changed last hop: Account.contactEmail in the generated client',
    ]);
    // The chain runs from the column through the handler to the operation, then into the client.
    expect(clients[1]!.chain!.map((hop) => `${hop.file}:${hop.line}`)).toEqual([
      'services/accounts-api/src/accounts.ts:9',
      'services/accounts-api/src/accounts.ts:9',
      'services/accounts-api/src/accounts.ts:9',
      'services/accounts-api/src/accounts.ts:7',
      'apps/accounts-web/src/pages/AccountPage.tsx:18',
    ]);
  });

  it('says so in text, Markdown and HTML', async () => {
    const render = async (format: string): Promise<string> => {
      const out = recordingIo();
      await run(['report', '--repo', scenario, '--format', format], out);
      return out.out();
    };
    const text = await render('text');
    expect(text).toContain('        contract changed by the head spec: response-required-property-removed\n');
    expect(text).toContain('        contract preserved: the head spec keeps this field, mapped at services/accounts-api/src/accounts.ts:15 (object literal .email)\n');
    expect(text).toContain('required property removed  (fed by column-renamed:public.accounts.contact_email)');
    const markdown = await render('markdown');
    expect(markdown).toContain('<br>contract preserved: the head spec keeps this field, mapped at services/accounts-api/src/accounts.ts:15 (object literal .email) <details>');
    expect(markdown).toContain('required property removed<br>fed by column-renamed:public.accounts.contact_email |');
    expect(text).toContain('  ├─ client    FORGOTTEN apps/accounts-web/src/pages/AccountPage.tsx:18  read  AccountHeader  [accounts-web, Account.contactEmail via GET /accounts/{id}]\n');
    expect(markdown).toContain('| client **forgotten** | `apps/accounts-web/src/pages/AccountPage.tsx:18` (Account.contactEmail via GET /accounts/{id}) | accounts-web | read | `AccountHeader` |');
    const page = await render('html');
    expect(page).toContain('<td class="detail">AccountHeader · read · accounts-web · Account.contactEmail via GET /accounts/{id}<details class="chain">');
    expect(page).toContain('<p class="contract contract-changed">contract changed by the head spec: response-required-property-removed</p>');
    expect(page).toContain('<br><span class="fed-by">fed by column-renamed:public.accounts.contact_email</span>');
  });
});
