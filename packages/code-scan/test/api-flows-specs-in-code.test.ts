import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { flowLines } from './flow-lines.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({ members: ['id', 'display_name', 'contact_email', 'recovery_email'], invoices: ['id', 'member_id', 'contact_email', 'total_cents'] });
const endpointLine = (e: { location: { file: string; line: number }; framework: string; method: string; path: string; operationId?: string; fields: { request: readonly string[]; response: readonly string[] } }): string =>
  `${e.location.file}:${e.location.line} ${e.framework} ${e.method} ${e.path} ${e.operationId ?? '-'} req[${e.fields.request.join(',')}] res[${e.fields.response.join(',')}]`;

// A Fastify service whose API description is TypeScript: JSON schema objects `as const` in `schemas/`, given to the
// routes' `schema: { body, response: { 200 } }` (directly, through a const, `{ type: 'array', items }`, and in
// `fastify.route({...})`), and assembled into a `paths` object in `openapi.ts` (which gives the operation ids).
describe('specs in code: Fastify route schemas written as TypeScript schema objects', async () => {
  const root = fileURLToPath(new URL('../fixtures/flows/fastify-schemas', import.meta.url));
  const { endpoints, apiFlows, usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });

  it('reads each route, `fastify.route({...})` too, with the operation id of the `paths` object that describes it', () => {
    expect(diagnostics).toEqual([]);
    expect(endpoints.map(endpointLine)).toEqual([
      'src/routes/invoices.ts:7 fastify GET /invoices/{id} getInvoice req[] res[email,id,totalCents]',
      'src/routes/members.ts:11 fastify GET /members/{id} getMember req[] res[contactEmail,displayName,email,id]',
      'src/routes/members.ts:16 fastify GET /members listMembers req[] res[email,id]',
      'src/routes/members.ts:26 fastify POST /members createMember req[displayName,email] res[id]',
    ]);
  });

  it('members.contact_email: into memberSchema.email of both GETs, from createMemberBody.email into the insert', () => {
    expect(flowLines(apiFlows, 'members.contact_email', /^src\//)).toEqual([
      'GET /members/{id} response .email memberSchema.email',
      '  routes/members.ts:13 read public.members.contact_email in memberRoutes',
      '  routes/members.ts:13 object literal .email',
      '  routes/members.ts:13 returned by an inline function .email',
      '  routes/members.ts:11 GET /members/{id} response .email',
      'GET /members response .email memberSchema.email',
      '  routes/members.ts:22 read public.members.contact_email in memberRoutes',
      '  routes/members.ts:22 object literal .email',
      '  routes/members.ts:22 returned by an inline function .email',
      '  routes/members.ts:22 returned by an inline function .email',
      '  routes/members.ts:16 GET /members response .email',
      'POST /members request .email createMemberBody.email',
      '  routes/members.ts:28 write public.members.contact_email',
      '  routes/members.ts:26 POST /members request .email',
    ]);
  });

  // Traps: memberSchema.contactEmail is named like members.contact_email but filled from recovery_email; invoiceSchema.email
  // is invoices.contact_email, another table's column of the same name.
  it('a schema field named like the column but fed by another, and another table\'s field of the same name, are not its', () => {
    expect(flowLines(apiFlows, 'members.recovery_email', /^src\//)[0]).toBe('GET /members/{id} response .contactEmail memberSchema.contactEmail');
    expect(flowLines(apiFlows, 'invoices.contact_email', /^src\//)).toEqual([
      'GET /invoices/{id} response .email invoiceSchema.email',
      '  routes/invoices.ts:9 read public.invoices.contact_email in invoiceRoutes',
      '  routes/invoices.ts:9 object literal .email',
      '  routes/invoices.ts:9 returned by an inline function .email',
      '  routes/invoices.ts:7 GET /invoices/{id} response .email',
    ]);
    expect(apiFlows.filter((f) => f.column.column === 'contact_email' && f.column.table === 'members' && (f.path === 'contactEmail' || f.endpoint.path.startsWith('/invoices')))).toEqual([]);
  });

  it('the schema objects\' properties a flow lands in are definitions of the column that feeds them', () => {
    expect(siteLines(usages.filter((u) => u.adapter === 'flow'))).toEqual([
      'src/schemas/invoice.schema.ts:4:5 public.invoices.id definition flow invoiceSchema.id',
      'src/schemas/invoice.schema.ts:5:5 public.invoices.contact_email definition flow invoiceSchema.email',
      'src/schemas/invoice.schema.ts:6:5 public.invoices.total_cents definition flow invoiceSchema.totalCents',
      'src/schemas/member.schema.ts:7:5 public.members.id definition flow memberSchema.id',
      'src/schemas/member.schema.ts:8:5 public.members.display_name definition flow memberSchema.displayName',
      'src/schemas/member.schema.ts:9:5 public.members.contact_email definition flow memberSchema.email',
      'src/schemas/member.schema.ts:11:5 public.members.recovery_email definition flow memberSchema.contactEmail',
      'src/schemas/member.schema.ts:19:5 public.members.display_name definition flow createMemberBody.displayName',
      'src/schemas/member.schema.ts:20:5 public.members.contact_email definition flow createMemberBody.email',
    ]);
  });
});

// zod schemas described with @asteasolutions/zod-to-openapi (`.openapi('Member')`, `registry.registerPath({...})`)
// and served by Express routes that validate with them (`MemberSchema.parse(...)`, `UpdateEmailBody.parse(req.body)`).
describe('specs in code: zod schemas with zod-to-openapi, served by Express', async () => {
  const root = fileURLToPath(new URL('../fixtures/flows/zod-openapi', import.meta.url));
  const { endpoints, apiFlows, usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });

  it('gives each route the operation id and schemas of the registered path it serves', () => {
    expect(diagnostics).toEqual([]);
    expect(endpoints.map(endpointLine)).toEqual([
      'src/invoices/invoices.router.ts:18 express GET /invoices/{id} getInvoice req[] res[email,id,totalCents]',
      'src/members/members.router.ts:7 express GET /members/{id} getMember req[] res[contactEmail,email,id]',
      'src/members/members.router.ts:12 express GET /members listMembers req[] res[email,id]',
      'src/members/members.router.ts:19 express PUT /members/{id}/email updateMemberEmail req[email] res[]',
    ]);
  });

  // `GET /members` returns `z.array(MemberSchema)` in its registered path but builds its rows itself: its chain is its
  // own mapper, not the literal another route parses with the same schema.
  it('members.contact_email: through MemberSchema.parse, through a mapper named by the registered schema, from the parsed body into the update', () => {
    expect(flowLines(apiFlows, 'members.contact_email', /^src\//)).toEqual([
      'GET /members/{id} response .email MemberSchema.email',
      '  members/members.router.ts:9 read public.members.contact_email',
      '  members/members.router.ts:9 object literal .email',
      '  members/members.router.ts:9 MemberSchema.email',
      '  members/members.router.ts:9 returned by an inline function .email',
      '  members/members.router.ts:7 GET /members/{id} response .email',
      'GET /members response .email MemberSchema.email',
      '  members/members.router.ts:16 read public.members.contact_email in listMembers',
      '  members/members.router.ts:16 object literal .email',
      '  members/members.router.ts:16 returned by an inline function .email',
      '  members/members.router.ts:16 returned by listMembers() .email',
      '  members/members.router.ts:12 GET /members response .email (listMembers)',
      'PUT /members/{id}/email request .email UpdateEmailBody.email',
      '  members/members.router.ts:21 write public.members.contact_email',
      '  members/members.router.ts:19 PUT /members/{id}/email request .email',
    ]);
  });

  // Traps: the flow says recovery_email fills `MemberSchema.contactEmail`, so it is recovery_email's only;
  // `InvoiceSchema.email` is invoices.contact_email.
  it('MemberSchema.contactEmail is recovery_email\'s, not contact_email\'s; InvoiceSchema.email is the invoice\'s', () => {
    expect(flowLines(apiFlows, 'members.recovery_email', /^src\//).filter((line) => !line.startsWith(' '))).toEqual(['GET /members/{id} response .contactEmail MemberSchema.contactEmail']);
    expect(flowLines(apiFlows, 'invoices.contact_email', /^src\//)[0]).toBe('GET /invoices/{id} response .email InvoiceSchema.email');
    expect(siteLines(usages.filter((u) => u.location.file === 'src/members/member.schemas.ts'))).toEqual([
      'src/members/member.schemas.ts:6:5 public.members.id definition flow MemberSchema.id',
      'src/members/member.schemas.ts:7:5 public.members.contact_email definition flow MemberSchema.email',
      'src/members/member.schemas.ts:9:5 public.members.recovery_email definition flow MemberSchema.contactEmail',
      'src/members/member.schemas.ts:13:43 public.members.contact_email definition flow UpdateEmailBody.email',
    ]);
  });
});
