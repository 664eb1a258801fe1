import type { PGlite } from '@electric-sql/pglite';
import type { Diagnostic, Location } from '@ripple/model';
import type { Migration } from '../migrations/migration.js';

/**
 * What a Supabase project's migrations use without creating: the platform makes it before the first migration runs
 * (`supabase/migrations/*.sql` of `supabase init`). Statements naming `auth.uid()`, `auth.users`, `storage.objects`,
 * a policy `TO authenticated`, an extension `WITH SCHEMA extensions`, or a file under `supabase/migrations/`.
 */
const SUPABASE_NAMES = /\bauth\s*\.\s*(uid|users|jwt|role|email)\b|\bstorage\s*\.\s*(objects|buckets|foldername|filename|extension)\b|\bto\s+(authenticated|anon|service_role)\b|\bwith\s+schema\s+extensions\b/i;
const SUPABASE_FOLDER = /(^|\/)supabase\/migrations\//;

/** The extensions a Supabase project has before its first migration (in the schema `extensions`, on its search path). */
export const SUPABASE_PREINSTALLED = ['uuid-ossp', 'pgcrypto'] as const;

/**
 * The first statement that shows the migrations are a Supabase project's, or undefined. Plain text search (the
 * statements are not parsed here): a name in a comment counts too, which only means the stand-in is made.
 */
export function supabasePlatformSite(migrations: readonly Migration[]): Location | undefined {
  for (const migration of migrations) {
    const inFolder = SUPABASE_FOLDER.test(migration.file.replace(/\\/g, '/'));
    for (const statement of [...(migration.setup ?? []), ...migration.up]) {
      if (inFolder || SUPABASE_NAMES.test(statement.sql)) return { file: statement.file, line: statement.line, ...(statement.column === undefined ? {} : { column: statement.column }) };
    }
  }
  return undefined;
}

/**
 * The Supabase platform as its migrations find it, stood in: the schemas `extensions`, `auth`, `storage` and `vault`
 * (where Supabase installs `supabase_vault`); the roles
 * `anon`, `authenticated`, `service_role`; `auth.users` with the columns code and foreign keys name, `auth.mfa_factors`, `auth.uid()`,
 * `auth.role()`, `auth.jwt()`, `auth.email()`; `storage.buckets`, `storage.objects` and the path functions policies
 * call; `uuid-ossp` and `pgcrypto` in `extensions` (whose bundles the caller loaded). Their real definitions are
 * Supabase's; these have the names and types migrations use, so the project's own objects apply.
 */
export async function createSupabaseStandIn(db: PGlite, site: Location): Promise<Diagnostic> {
  await db.exec(`
    CREATE SCHEMA IF NOT EXISTS extensions;
    CREATE SCHEMA IF NOT EXISTS auth;
    CREATE SCHEMA IF NOT EXISTS storage;
    CREATE SCHEMA IF NOT EXISTS vault;
    DO $$ BEGIN CREATE ROLE anon NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
    DO $$ BEGIN CREATE ROLE authenticated NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
    DO $$ BEGIN CREATE ROLE service_role NOLOGIN BYPASSRLS; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
    CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;
    CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
    CREATE TABLE IF NOT EXISTS auth.users (
      instance_id uuid, id uuid PRIMARY KEY, aud varchar(255), role varchar(255), email varchar(255),
      encrypted_password varchar(255), email_confirmed_at timestamptz, invited_at timestamptz, confirmation_token varchar(255),
      recovery_token varchar(255), last_sign_in_at timestamptz, raw_app_meta_data jsonb, raw_user_meta_data jsonb,
      is_super_admin boolean, created_at timestamptz, updated_at timestamptz, phone text, phone_confirmed_at timestamptz,
      confirmed_at timestamptz, banned_until timestamptz, deleted_at timestamptz, is_anonymous boolean NOT NULL DEFAULT false
    );
    CREATE TABLE IF NOT EXISTS auth.mfa_factors (
      id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES auth.users (id), friendly_name text, factor_type text NOT NULL,
      status text NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, secret text, phone text, last_challenged_at timestamptz
    );
    CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
    CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('request.jwt.claim.role', true), '')::text $$;
    CREATE OR REPLACE FUNCTION auth.email() RETURNS text LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('request.jwt.claim.email', true), '')::text $$;
    CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE
      AS $$ SELECT coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$;
    CREATE TABLE IF NOT EXISTS storage.buckets (
      id text PRIMARY KEY, name text NOT NULL, owner uuid, public boolean DEFAULT false, avif_autodetection boolean DEFAULT false,
      file_size_limit bigint, allowed_mime_types text[], owner_id text, created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now()
    );
    CREATE TABLE IF NOT EXISTS storage.objects (
      id uuid PRIMARY KEY DEFAULT extensions.gen_random_uuid(), bucket_id text REFERENCES storage.buckets (id), name text, owner uuid,
      owner_id text, metadata jsonb, user_metadata jsonb, version text, path_tokens text[] GENERATED ALWAYS AS (string_to_array(name, '/')) STORED,
      created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now(), last_accessed_at timestamptz DEFAULT now()
    );
    CREATE OR REPLACE FUNCTION storage.foldername(name text) RETURNS text[] LANGUAGE sql IMMUTABLE
      AS $$ SELECT (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1] $$;
    CREATE OR REPLACE FUNCTION storage.filename(name text) RETURNS text LANGUAGE sql IMMUTABLE
      AS $$ SELECT (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)] $$;
    CREATE OR REPLACE FUNCTION storage.extension(name text) RETURNS text LANGUAGE sql IMMUTABLE
      AS $$ SELECT reverse(split_part(reverse(name), '.', 1)) $$;
  `);
  return {
    kind: 'diagnostic',
    code: 'migration/platform-stand-in',
    message:
      'the migrations are a Supabase project\'s: the platform\'s schemas extensions, auth, storage and vault, the roles anon, authenticated and service_role, auth.users, auth.mfa_factors, auth.uid(), storage.buckets, storage.objects and uuid-ossp and pgcrypto in extensions are stood in before the replay (Supabase makes them; their columns here are the ones migrations name, not all of them)',
    location: site,
  };
}
