import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { flowLines } from './flow-lines.js';
import { snapshotOf } from './snapshot-of.js';

const ROOT = fileURLToPath(new URL('../fixtures/flows/trpc-routers', import.meta.url));
const SCHEMA = snapshotOf({ members: ['id', 'display_name', 'contact_email', 'recovery_email'] });

describe('api flows through tRPC routers (t3 / dokploy / langfuse shapes, v10 and v11)', async () => {
  const { endpoints, apiFlows, diagnostics, usages } = await scanUsages({ root: ROOT, schema: SCHEMA, cacheDir: false });

  // `appRouter = mergeRouters(mainRouter, healthRouter)`, `mainRouter = createTRPCRouter({ member: memberRouter, admin:
  // adminRouter })` in another file; `admin.members.*` is a plain nested object (v11), `admin.audit` a nested
  // `t.router(...)`. vue-router's `createRouter({ history, routes })` is no router. `admin.audit.renamed` returns the
  // update call: the object given to it is the query, not the result, so it lists no response field.
  it('reads each procedure as an operation at its full dotted path, QUERY or MUTATION, with the input and returned fields', () => {
    expect(endpoints.map((e) => `${e.location.file}:${e.location.line} ${e.framework} ${e.method} ${e.path} ${e.symbol} req[${e.fields.request.join(',')}] res[${e.fields.response.join(',')}]`)).toEqual([
      'src/server/api/root.ts:7 trpc QUERY health healthRouter.health req[] res[]',
      'src/server/api/routers/admin.ts:8 trpc QUERY admin.members.recovery adminRouter.members.recovery req[id] res[recoveryEmail]',
      'src/server/api/routers/admin.ts:12 trpc MUTATION admin.members.setRecovery adminRouter.members.setRecovery req[email,id] res[]',
      'src/server/api/routers/admin.ts:20 trpc MUTATION admin.audit.renamed adminRouter.audit.renamed req[id,name] res[]',
      'src/server/api/routers/member.ts:11 trpc QUERY member.byId memberRouter.byId req[id] res[email,id,name]',
      'src/server/api/routers/member.ts:18 trpc QUERY member.list memberRouter.list req[] res[email,id]',
      'src/server/api/routers/member.ts:22 trpc MUTATION member.updateEmail memberRouter.updateEmail req[email,id] res[]',
      'src/server/api/routers/profile.ts:17 trpc QUERY profile.get profileRouter.get req[id] res[contactEmail,id]',
      'src/server/api/routers/profile.ts:24 trpc MUTATION profile.update profileRouter.update req[displayName,id] res[]',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('contact_email: read in the resolver and returned; through a mapper over the Prisma type; from `input.email` into the update', () => {
    expect(flowLines(apiFlows, 'members.contact_email', /^src\/server\/api\//)).toEqual([
      'QUERY member.byId response .email',
      '  routers/member.ts:16 read public.members.contact_email in memberRouter',
      '  routers/member.ts:16 object literal .email',
      '  routers/member.ts:16 returned by an inline function .email',
      '  routers/member.ts:11 QUERY member.byId response .email (memberRouter.byId)',
      'QUERY member.list response .email',
      // The mapper's parameter is Prisma's `Member` type: its read is the model's column, the chain's first hop.
      '  routers/member.ts:7 read public.members.contact_email in toMemberSummary',
      '  routers/member.ts:7 object literal .email',
      '  routers/member.ts:7 returned by toMemberSummary() .email',
      '  routers/member.ts:20 returned by an inline function .email',
      '  routers/member.ts:18 QUERY member.list response .email (memberRouter.list)',
      'MUTATION member.updateEmail request .email',
      '  routers/member.ts:25 write public.members.contact_email',
      '  routers/member.ts:22 MUTATION member.updateEmail request .email (memberRouter.updateEmail)',
    ]);
  });

  it('v11 shapes: `opts.input.id`, `const { id, email } = opts.input`, `({ input: { id, name } })`', () => {
    expect(flowLines(apiFlows, 'members.recovery_email', /^src\/server\/api\//).filter((line) => !line.includes('profile'))).toEqual([
      'QUERY admin.members.recovery response .recoveryEmail',
      '  routers/admin.ts:10 read public.members.recovery_email in adminRouter',
      '  routers/admin.ts:10 object literal .recoveryEmail',
      '  routers/admin.ts:10 returned by an inline function .recoveryEmail',
      '  routers/admin.ts:8 QUERY admin.members.recovery response .recoveryEmail (adminRouter.members.recovery)',
      'MUTATION admin.members.setRecovery request .email',
      '  routers/admin.ts:16 write public.members.recovery_email',
      '  routers/admin.ts:12 MUTATION admin.members.setRecovery request .email (adminRouter.members.setRecovery)',
    ]);
    expect(flowLines(apiFlows, 'members.display_name', /^src\/server\/api\//).filter((line) => !line.startsWith(' ') && !line.includes('profile'))).toEqual([
      'MUTATION admin.audit.renamed request .name',
      'QUERY member.byId response .name',
    ]);
    expect(flowLines(apiFlows, 'members.id', /^src\/server\/api\//).filter((line) => line.includes('admin.members.recovery request'))).toEqual([
      'QUERY admin.members.recovery request .id',
      '  routers/admin.ts:8 QUERY admin.members.recovery request .id (adminRouter.members.recovery)',
    ]);
  });

  // profile.ts: `.output(profileOutput)` and `.input(updateProfileInput)`, zod objects. `profileOutput.contactEmail` is
  // named like members.contact_email but filled from recovery_email: it is recovery_email's, never contact_email's.
  it('zod schemas of .output/.input name the field a flow lands in; a zod field named like the column but fed by another is not its', () => {
    expect(flowLines(apiFlows, 'members.recovery_email', /^src\/server\/api\//).filter((line) => line.includes('profile'))).toEqual([
      'QUERY profile.get response .contactEmail profileOutput.contactEmail',
      '  routers/profile.ts:22 read public.members.recovery_email in profileRouter',
      '  routers/profile.ts:22 object literal .contactEmail',
      '  routers/profile.ts:22 returned by an inline function .contactEmail',
      '  routers/profile.ts:17 QUERY profile.get response .contactEmail (profileRouter.get)',
    ]);
    expect(flowLines(apiFlows, 'members.display_name', /^src\/server\/api\//).filter((line) => line.includes('profile') && !line.startsWith(' '))).toEqual([
      'MUTATION profile.update request .displayName updateProfileInput.displayName',
    ]);
    expect(flowLines(apiFlows, 'members.contact_email', /^src\/server\/api\//).filter((line) => line.includes('profile'))).toEqual([]);
    const contracts = usages.filter((usage) => usage.adapter === 'flow' && usage.location.file.endsWith('profile.ts'));
    expect(contracts.map((u) => `${u.location.line}:${u.location.column} ${u.column.column} ${u.symbol}`)).toEqual([
      '7:3 id profileOutput.id',
      '9:3 recovery_email profileOutput.contactEmail',
      '12:46 id updateProfileInput.id',
      '12:62 display_name updateProfileInput.displayName',
    ]);

  });
});

describe('api flows through tRPC routers over drizzle (dokploy shape, the schema in the same package)', async () => {
  const root = fileURLToPath(new URL('../fixtures/flows/trpc-drizzle', import.meta.url));
  const schema = snapshotOf({ schedule: ['scheduleId', 'name', 'cronExpression', 'userId', 'createdAt'] });
  const { endpoints, apiFlows } = await scanUsages({ root, schema, cacheDir: false });

  // `list` returns `db.query.schedules.findMany({ where, orderBy })` whole: the query object is no response field.
  it('input fields into `values({...})` and `eq(schedules.userId, input.id)`; a `select({...})` row into the returned object', () => {
    expect(endpoints.map((e) => `${e.method} ${e.path} req[${e.fields.request.join(',')}] res[${e.fields.response.join(',')}]`)).toEqual([
      'MUTATION schedule.create req[cronExpression,name] res[]',
      'QUERY schedule.list req[id] res[]',
      'QUERY schedule.one req[scheduleId] res[cron,id]',
    ]);
    expect(flowLines(apiFlows, 'schedule.userId', /^src\/server\/api\//)).toEqual([
      'QUERY schedule.list request .id',
      '  routers/schedule.ts:13 filter public.schedule.userId',
      '  routers/schedule.ts:12 QUERY schedule.list request .id (scheduleRouter.list)',
    ]);
    expect(flowLines(apiFlows, 'schedule.cronExpression', /^src\/server\/api\//)).toEqual([
      'MUTATION schedule.create request .cronExpression',
      '  routers/schedule.ts:10 write public.schedule.cronExpression',
      '  routers/schedule.ts:9 MUTATION schedule.create request .cronExpression (scheduleRouter.create)',
      'QUERY schedule.one response .cron',
      '  routers/schedule.ts:17 read public.schedule.cronExpression in scheduleRouter',
      '  routers/schedule.ts:17 object literal .cron',
      '  routers/schedule.ts:20 object literal .cron',
      '  routers/schedule.ts:20 returned by an inline function .cron',
      '  routers/schedule.ts:15 QUERY schedule.one response .cron (scheduleRouter.one)',
    ]);
    expect(apiFlows.filter((flow) => flow.direction === 'response' && flow.endpoint.path === 'schedule.list')).toEqual([]);
  });
});
