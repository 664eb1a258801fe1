import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ImpactReport } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { recordingIo } from './run-io.js';
import { reportSchemaErrors } from './validate-report.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const scenario = join(repoRoot, 'fixtures/members-contact-email');

describe('ripple report on fixtures/members-contact-email: api consumers followed by data flow', async () => {
  const io = recordingIo();
  const code = await run(['report', '--repo', scenario, '--format', 'json'], io);
  const report = JSON.parse(io.out()) as ImpactReport;

  it('matches the report known by hand and the published schema', async () => {
    expect(code).toBe(0);
    expect(report).toEqual(JSON.parse(await readFile(join(scenario, 'expected/impact.json'), 'utf8')));
    expect(reportSchemaErrors(report)).toEqual([]);
  });

  it('names every operation the renamed accounts.contact_email feeds or is fed by, through the mapper, at the spec field; none of the traps', () => {
    const api = report.changes
      .filter((change) => change.id === 'column-renamed:public.accounts.contact_email')
      .flatMap((change) => change.consumers.filter((consumer) => consumer.kind === 'api').map((consumer) => ({ change: change.id, ...consumer })));
    expect(api.map((c) => `${c.change} ${c.operation} ${c.direction} .${c.field} ${c.symbol} ${c.file}#${c.pointer} hops=${c.chain?.length}${c.confidence ? ` ${c.confidence}` : ''}`)).toEqual([
      'column-renamed:public.accounts.contact_email GET /accounts/{id}/contact response .email email services/billing-api/openapi.yaml#/paths/~1accounts~1{id}~1contact/get/responses/200/content/application~1json/schema/properties/email hops=4',
      'column-renamed:public.accounts.contact_email POST /accounts request .email email services/billing-api/openapi.yaml#/paths/~1accounts/post/requestBody/content/application~1json/schema/properties/email hops=2',
      'column-renamed:public.accounts.contact_email GET /members response .email MemberDto.email services/members-api/openapi.json#/components/schemas/MemberDto/properties/email hops=5',
      'column-renamed:public.accounts.contact_email GET /members/{id} response .email MemberDto.email services/members-api/openapi.json#/components/schemas/MemberDto/properties/email hops=6',
      'column-renamed:public.accounts.contact_email PUT /members/{id}/email request .email UpdateMemberDto.email services/members-api/openapi.json#/components/schemas/UpdateMemberDto/properties/email hops=2',
    ]);
    const mapper = api.find((c) => c.operation === 'GET /members/{id}')!.chain!;
    expect(mapper.map((hop) => `${hop.file}:${hop.line}`)).toEqual([
      'services/members-api/src/members/account.entity.ts:12',
      'services/members-api/src/members/member.mapper.ts:9',
      'services/members-api/src/members/member.mapper.ts:6',
      'services/members-api/src/members/members.service.ts:14',
      'services/members-api/src/members/members.controller.ts:20',
      'services/members-api/src/members/members.controller.ts:19',
    ]);
  });

  it('the rename keeps every contract (it stays behind the mapper), so no client is its consumer; the dropped recovery_email reaches the orval client and the React component that renders it, chain and all', () => {
    const renamed = report.changes.find((change) => change.id === 'column-renamed:public.accounts.contact_email')!;
    expect(renamed.consumers.filter((consumer) => consumer.kind === 'client')).toEqual([]);
    expect(renamed.consumers.filter((consumer) => consumer.kind === 'api' && consumer.file === 'services/members-api/openapi.json').map((consumer) => consumer.contract?.status)).toEqual(['preserved', 'preserved', 'preserved']);
    const dropped = report.changes.find((change) => change.id === 'column-dropped:public.accounts.recovery_email')!;
    const clients = dropped.consumers.filter((consumer) => consumer.kind === 'client');
    expect(clients.map((c) => `${c.file}:${c.line} ${c.access} ${c.symbol} ${c.field} via ${c.operation} ${c.status}`)).toEqual([
      'apps/members-web/src/api/generated/model/memberDto.ts:14 definition MemberDto.contactEmail MemberDto.contactEmail via GET /members forgotten',
      'apps/members-web/src/components/MemberCard.tsx:13 read MemberCard MemberDto.contactEmail via GET /members forgotten',
    ]);
    // migration -> entity -> mapper -> DTO -> operation -> generated client -> component.
    expect(clients[1]!.chain!.map((hop) => `${hop.file}:${hop.line} ${hop.step}`)).toEqual([
      'services/members-api/src/members/account.entity.ts:15 column public.accounts.recovery_email (Account.recoveryEmail)',
      'services/members-api/src/members/member.mapper.ts:10 object literal .contactEmail',
      'services/members-api/src/members/member.mapper.ts:6 returned by toMemberDto() .contactEmail',
      'services/members-api/src/members/member.mapper.ts:4 MemberDto.contactEmail',
      'services/members-api/src/members/members.controller.ts:13 GET /members response .contactEmail (MembersController.list)',
      'apps/members-web/src/components/MemberCard.tsx:13 read MemberDto.contactEmail',
    ]);
  });

  it('shows the chain in every format: under the consumer in text, collapsed in Markdown and HTML, related locations in SARIF', async () => {
    const render = async (format: string): Promise<string> => {
      const out = recordingIo();
      await run(['report', '--repo', scenario, '--format', format], out);
      return out.out();
    };
    expect(await render('text')).toContain('        services/members-api/src/members/member.mapper.ts:9  object literal .email');
    expect(await render('markdown')).toContain('<details><summary>chain</summary><code>services/members-api/src/members/account.entity.ts:12  column public.accounts.contact_email (Account.contactEmail)</code><br>');
    expect(await render('html')).toMatch(/<details class="chain"><summary>chain<\/summary><ol><li><code>services\/members-api\/src\/members\/account.entity.ts:12 {2}column public.accounts.contact_email/);
    const sarif = JSON.parse(await render('sarif')) as { runs: { results: { message: { text: string }; relatedLocations?: { message: { text: string } }[] }[] }[] };
    const result = sarif.runs[0]!.results.find((r) => r.message.text.startsWith('GET /members/{id} response .email carries public.accounts.contact_email'))!;
    expect(result.relatedLocations!.map((location) => location.message.text)).toEqual([
      'the migration that makes the change',
      'column public.accounts.contact_email (Account.contactEmail)',
      'object literal .email',
      'returned by toMemberDto() .email',
      'returned by MembersService.findOne() .email',
      'returned by MembersController.findOne() .email',
      'GET /members/{id} response .email (MembersController.findOne)',
    ]);
  });
});
