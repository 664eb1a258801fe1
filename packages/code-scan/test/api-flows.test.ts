import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { flowLines } from './flow-lines.js';
import { snapshotOf } from './snapshot-of.js';

const ROOT = fileURLToPath(new URL('../../../fixtures/members-contact-email', import.meta.url));
const SCHEMA = snapshotOf({
  accounts: ['id', 'display_name', 'contact_email', 'recovery_email'],
  invoices: ['id', 'account_id', 'contact_email', 'total_cents'],
});

describe('api flows: a column followed by data flow into the routes that return or take it', async () => {
  const { endpoints, apiFlows } = await scanUsages({ root: ROOT, schema: SCHEMA, cacheDir: false });

  it('finds NestJS controller methods and Express routes, with the body fields the code fills or reads', () => {
    expect(endpoints.map((e) => `${e.service} ${e.framework} ${e.method} ${e.path} ${e.symbol}${e.operationId ? ` #${e.operationId}` : ''} req[${e.fields.request.join(',')}] res[${e.fields.response.join(',')}]`)).toEqual([
      'billing-api express GET /accounts/{id}/contact GET /accounts/{id}/contact req[] res[accountId,email]',
      'billing-api express POST /accounts createAccount req[displayName,email] res[id]',
      'billing-api express GET /invoices/{id} GET /invoices/{id} req[] res[email,id,totalCents]',
      'members-api nestjs GET /invoices/{id} InvoicesController.findOne req[] res[contactEmail,id,totalCents]',
      'members-api nestjs GET /members MembersController.list #listMembers req[] res[contactEmail,email,id,name]',
      'members-api nestjs GET /members/{id} MembersController.findOne #getMember req[] res[contactEmail,email,id,name]',
      'members-api nestjs PUT /members/{id}/email MembersController.updateEmail #updateMemberEmail req[email] res[]',
    ]);
  });

  it('accounts.contact_email: entity -> mapper -> MemberDto.email -> both GET operations; the request bodies that write it; never MemberDto.contactEmail (fed by recovery_email) nor invoices', () => {
    expect(flowLines(apiFlows, 'accounts.contact_email', /^services\//)).toEqual([
      'GET /accounts/{id}/contact response .email',
      '  billing-api/src/routes/accounts.ts:8 read public.accounts.contact_email',
      '  billing-api/src/routes/accounts.ts:8 object literal .email',
      '  billing-api/src/routes/accounts.ts:8 returned by an inline function .email',
      '  billing-api/src/routes/accounts.ts:6 GET /accounts/{id}/contact response .email',
      'POST /accounts request .email',
      '  billing-api/src/routes/accounts.ts:15 write public.accounts.contact_email',
      '  billing-api/src/routes/accounts.ts:11 POST /accounts request .email (createAccount)',
      'GET /members response .email MemberDto.email',
      '  members-api/src/members/account.entity.ts:12 column public.accounts.contact_email (Account.contactEmail)',
      '  members-api/src/members/member.mapper.ts:9 object literal .email',
      '  members-api/src/members/member.mapper.ts:6 returned by toMemberDto() .email',
      '  members-api/src/members/member.mapper.ts:4 MemberDto.email',
      '  members-api/src/members/members.controller.ts:13 GET /members response .email (MembersController.list)',
      'GET /members/{id} response .email MemberDto.email',
      '  members-api/src/members/account.entity.ts:12 column public.accounts.contact_email (Account.contactEmail)',
      '  members-api/src/members/member.mapper.ts:9 object literal .email',
      '  members-api/src/members/member.mapper.ts:6 returned by toMemberDto() .email',
      '  members-api/src/members/members.service.ts:14 returned by MembersService.findOne() .email',
      '  members-api/src/members/members.controller.ts:20 returned by MembersController.findOne() .email',
      '  members-api/src/members/members.controller.ts:19 GET /members/{id} response .email (MembersController.findOne)',
      'PUT /members/{id}/email request .email UpdateMemberDto.email',
      '  members-api/src/members/members.service.ts:23 write public.accounts.contact_email',
      '  members-api/src/members/members.controller.ts:25 PUT /members/{id}/email request .email (MembersController.updateEmail)',
    ]);
  });

  it('the traps go where their data comes from: MemberDto.contactEmail to recovery_email, the invoices operations to invoices.contact_email', () => {
    expect(flowLines(apiFlows, 'accounts.recovery_email', /^services\//).filter((line) => !line.startsWith(' '))).toEqual([
      'GET /members response .contactEmail MemberDto.contactEmail',
      'GET /members/{id} response .contactEmail MemberDto.contactEmail',
    ]);
    expect(flowLines(apiFlows, 'invoices.contact_email', /^services\//).filter((line) => !line.startsWith(' '))).toEqual([
      'GET /invoices/{id} response .email',
      'GET /invoices/{id} response .contactEmail InvoiceDto.contactEmail',
    ]);
  });

  it('the contract fields a flow passes through are definitions of the column (adapter flow): the DTOs, not the traps', async () => {
    const { usages } = await scanUsages({ root: ROOT, schema: SCHEMA, cacheDir: false });
    expect(usages.filter((u) => u.adapter === 'flow').map((u) => `${u.location.file}:${u.location.line} ${u.column.table}.${u.column.column} ${u.access} ${u.symbol}${u.confidence ? ` ${u.confidence}` : ''}`)).toEqual([
      'services/members-api/src/invoices/invoices.controller.ts:7 invoices.id definition InvoiceDto.id',
      'services/members-api/src/invoices/invoices.controller.ts:8 invoices.contact_email definition InvoiceDto.contactEmail',
      'services/members-api/src/invoices/invoices.controller.ts:9 invoices.total_cents definition InvoiceDto.totalCents',
      'services/members-api/src/members/member.dto.ts:5 accounts.id definition MemberDto.id',
      'services/members-api/src/members/member.dto.ts:8 accounts.display_name definition MemberDto.name',
      'services/members-api/src/members/member.dto.ts:11 accounts.contact_email definition MemberDto.email',
      'services/members-api/src/members/member.dto.ts:15 accounts.recovery_email definition MemberDto.contactEmail',
      'services/members-api/src/members/member.dto.ts:20 accounts.contact_email definition UpdateMemberDto.email',
      // The route's `id` handed to `this.members.findOne(id)` / `update(id, body)`, whose parameter filters accounts.id.
      'services/members-api/src/members/members.controller.ts:20 accounts.id filter undefined',
      'services/members-api/src/members/members.controller.ts:26 accounts.id filter undefined',
    ]);
  });

  it('a destructured field keeps its column: `const { displayName } = account` feeds MemberDto.name', () => {
    expect(flowLines(apiFlows, 'accounts.display_name', /^services\//).filter((line) => !line.startsWith(' '))).toEqual([
      'POST /accounts request .displayName',
      'GET /members response .name MemberDto.name',
      'GET /members/{id} response .name MemberDto.name',
    ]);
  });
});
