import { describe, expect, it } from 'vitest';
import { readOrColumns, readSelectColumns } from '../src/adapters/supabase/postgrest-syntax.js';
import { decodeSourceText } from '../src/services/read-source-text.js';
import { scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const schema = snapshotOf({
  'public.tools': ['id', 'name', 'description', 'request_in_body', 'sharing', 'user_id', 'folder_id', 'created_at'],
  'public.folders': ['id', 'name'],
});

describe('PostgREST syntax', () => {
  it('select lists: aliases, casts, JSON paths, embedded resources with hints and spreads; not * or count()', () => {
    const text = 'id, label:name, created_at::text, data->settings, owner:profiles!owner_id(username, ...teams(name)), count(), *';
    expect(readSelectColumns(text).map(({ column, table, offset }) => `${table ?? '-'}.${column}@${offset}:${text.slice(offset, offset + column.length)}`)).toEqual([
      '-.id@0:id',
      '-.name@10:name',
      '-.created_at@16:created_at',
      '-.data@34:data',
      'profiles.username@74:username',
      'teams.name@93:name',
    ]);
  });

  it('or conditions: each column, not grouped and()/or()', () => {
    const text = 'sharing.eq.public, request_in_body.is.true,and(a.eq.1,b.eq.2),name.not.is.null';
    expect(readOrColumns(text).map(({ column, offset }) => `${column}@${offset}:${text.slice(offset, offset + column.length)}`)).toEqual([
      'sharing@0:sharing',
      'request_in_body@19:request_in_body',
      'name@62:name',
    ]);
  });
});

describe('supabase adapter', () => {
  it('generated Database rows, from() chains, Tables<> rows and writes; not a from() chain of a file that names no Supabase client', async () => {
    const { sites, diagnostics } = await scanFixture('supabase', 'tools-app', { schema });
    // The generated type defines each column three times (Row, Insert, Update). `select("*")` names no column;
    // `insert([tool])` of a parameter typed TablesInsert<"tools"> writes what its callers put in it. `folder.name` is
    // the folders table's, beside `tool.name`. lib/cache/tool-cache.ts (no Supabase client there) reads nothing.
    expect(sites).toEqual([
      'components/tool-item.tsx:11:63 public.tools.request_in_body read supabase ToolItem',
      'components/tool-item.tsx:14:46 public.tools.name write supabase save',
      'components/tool-item.tsx:14:57 public.tools.name read supabase save',
      'components/tool-item.tsx:14:63 public.tools.request_in_body write supabase save',
      'components/tool-item.tsx:15:27 public.tools.id read supabase save',
      'components/tool-item.tsx:20:13 public.tools.name read supabase ToolItem',
      'components/tool-item.tsx:20:30 public.folders.name read supabase ToolItem',
      'db/tools.ts:8:10 public.tools.id filter supabase getToolById',
      'db/tools.ts:22:7 public.tools.id read supabase getPublicTools',
      'db/tools.ts:23:7 public.tools.name read supabase getPublicTools',
      'db/tools.ts:24:16 public.tools.request_in_body read supabase getPublicTools',
      'db/tools.ts:25:43 public.folders.name read supabase getPublicTools',
      'db/tools.ts:27:10 public.tools.sharing filter supabase getPublicTools',
      'db/tools.ts:27:28 public.tools.request_in_body filter supabase getPublicTools',
      'db/tools.ts:28:13 public.tools.created_at order supabase getPublicTools',
      'db/tools.ts:42:24 public.tools.request_in_body write supabase updateTool',
      'db/tools.ts:42:46 public.tools.request_in_body read supabase updateTool',
      'db/tools.ts:43:10 public.tools.id filter supabase updateTool',
      'supabase/types.ts:8:11 public.folders.id definition supabase Database.public.folders.Row.id',
      'supabase/types.ts:9:11 public.folders.name definition supabase Database.public.folders.Row.name',
      'supabase/types.ts:12:11 public.folders.id definition supabase Database.public.folders.Insert.id',
      'supabase/types.ts:13:11 public.folders.name definition supabase Database.public.folders.Insert.name',
      'supabase/types.ts:16:11 public.folders.id definition supabase Database.public.folders.Update.id',
      'supabase/types.ts:17:11 public.folders.name definition supabase Database.public.folders.Update.name',
      'supabase/types.ts:23:11 public.tools.created_at definition supabase Database.public.tools.Row.created_at',
      'supabase/types.ts:24:11 public.tools.description definition supabase Database.public.tools.Row.description',
      'supabase/types.ts:25:11 public.tools.folder_id definition supabase Database.public.tools.Row.folder_id',
      'supabase/types.ts:26:11 public.tools.id definition supabase Database.public.tools.Row.id',
      'supabase/types.ts:27:11 public.tools.name definition supabase Database.public.tools.Row.name',
      'supabase/types.ts:28:11 public.tools.request_in_body definition supabase Database.public.tools.Row.request_in_body',
      'supabase/types.ts:29:11 public.tools.sharing definition supabase Database.public.tools.Row.sharing',
      'supabase/types.ts:30:11 public.tools.user_id definition supabase Database.public.tools.Row.user_id',
      'supabase/types.ts:33:11 public.tools.created_at definition supabase Database.public.tools.Insert.created_at',
      'supabase/types.ts:34:11 public.tools.description definition supabase Database.public.tools.Insert.description',
      'supabase/types.ts:35:11 public.tools.folder_id definition supabase Database.public.tools.Insert.folder_id',
      'supabase/types.ts:36:11 public.tools.id definition supabase Database.public.tools.Insert.id',
      'supabase/types.ts:37:11 public.tools.name definition supabase Database.public.tools.Insert.name',
      'supabase/types.ts:38:11 public.tools.request_in_body definition supabase Database.public.tools.Insert.request_in_body',
      'supabase/types.ts:39:11 public.tools.sharing definition supabase Database.public.tools.Insert.sharing',
      'supabase/types.ts:40:11 public.tools.user_id definition supabase Database.public.tools.Insert.user_id',
      'supabase/types.ts:43:11 public.tools.created_at definition supabase Database.public.tools.Update.created_at',
      'supabase/types.ts:44:11 public.tools.description definition supabase Database.public.tools.Update.description',
      'supabase/types.ts:45:11 public.tools.folder_id definition supabase Database.public.tools.Update.folder_id',
      'supabase/types.ts:46:11 public.tools.id definition supabase Database.public.tools.Update.id',
      'supabase/types.ts:47:11 public.tools.name definition supabase Database.public.tools.Update.name',
      'supabase/types.ts:48:11 public.tools.request_in_body definition supabase Database.public.tools.Update.request_in_body',
      'supabase/types.ts:49:11 public.tools.sharing definition supabase Database.public.tools.Update.sharing',
      'supabase/types.ts:50:11 public.tools.user_id definition supabase Database.public.tools.Update.user_id',
    ]);
    expect(diagnostics).toEqual([]);
  });
});

describe('a source file in UTF-16 (a generated types file written by PowerShell)', () => {
  it('is read as TypeScript reads it, by its byte order mark; a row a from() chain returns is read through a function result', async () => {
    const { sites, diagnostics } = await scanFixture('supabase', 'utf16-generated-types', { schema: snapshotOf({ 'public.users': ['id', 'full_name', 'avatar_url'] }) });
    expect(diagnostics).toEqual([]);
    expect(sites.filter((line) => line.includes('full_name'))).toEqual([
      // The row getUserDetails returns, read by the page; not the auth metadata `updateUser` writes (utils/auth.ts).
      'app/account/page.tsx:7:27 public.users.full_name read supabase Account',
      'types_db.ts:9:11 public.users.full_name definition supabase Database.public.users.Row.full_name',
      'types_db.ts:14:11 public.users.full_name definition supabase Database.public.users.Insert.full_name',
      'types_db.ts:19:11 public.users.full_name definition supabase Database.public.users.Update.full_name',
      'utils/queries.ts:5:74 public.users.full_name read supabase getUserDetails',
    ]);
  });

  it('decodes UTF-16LE, UTF-16BE and UTF-8 with a byte order mark, and plain UTF-8', () => {
    const text = 'const é = 1;';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect([le, be, utf8Bom, Buffer.from(text)].map((bytes) => decodeSourceText(bytes))).toEqual([text, text, text, text]);
  });
});

describe('a chain on the client a project helper returns', () => {
  it("supabaseAdmin(c).from('global_stats') (capgo's Edge Functions): its writes, filters and selects; not a plain object, a storage bucket or drizzle's from()", async () => {
    const { sites, diagnostics } = await scanFixture('supabase', 'edge-functions', {
      schema: snapshotOf({ 'public.global_stats': ['date_id', 'apps', 'build_minutes_day_ios', 'builds_day_ios'], 'public.build_logs': ['id'] }),
    });
    expect(diagnostics).toEqual([]);
    expect(sites.filter((line) => line.startsWith('supabase/functions/_backend/triggers/'))).toEqual([
      'supabase/functions/_backend/triggers/logsnag_insights.ts:21:7 public.global_stats.build_minutes_day_ios write supabase insights',
      'supabase/functions/_backend/triggers/logsnag_insights.ts:22:7 public.global_stats.builds_day_ios write supabase insights',
      'supabase/functions/_backend/triggers/logsnag_insights.ts:24:10 public.global_stats.date_id filter supabase insights',
      'supabase/functions/_backend/triggers/logsnag_insights.ts:28:14 public.global_stats.apps read supabase insights',
      'supabase/functions/_backend/triggers/logsnag_insights.ts:28:20 public.global_stats.builds_day_ios read supabase insights',
    ]);
  });
});

describe('Vue single-file components', () => {
  it("reads the <script setup lang=\"ts\"> and plain <script> blocks at their lines in the .vue file (capgo's console); not the template or a comment in it", async () => {
    const { sites, diagnostics } = await scanFixture('supabase', 'vue-app', { schema: snapshotOf({ 'public.orgs': ['id', 'name', 'sso_enabled'] }) });
    expect(diagnostics).toEqual([]);
    expect(sites.filter((line) => line.includes('.vue:'))).toEqual([
      'src/components/OrgName.vue:11:63 public.orgs.name read supabase mounted',
      'src/components/OrgName.vue:12:25 public.orgs.name read supabase mounted',
      'src/pages/settings/organization/Security.vue:16:14 public.orgs.id read supabase loadSso',
      'src/pages/settings/organization/Security.vue:16:18 public.orgs.sso_enabled read supabase loadSso',
      'src/pages/settings/organization/Security.vue:17:10 public.orgs.id filter supabase loadSso',
      'src/pages/settings/organization/Security.vue:19:28 public.orgs.sso_enabled read supabase loadSso',
    ]);
  });
});
