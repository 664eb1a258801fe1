import { MIGRATION_FORMATS, SQL_FILE_FORMATS, type LoadMigrationsOptions, type Migration, type MigrationFormat } from '@ripple/db-schema';
import { STABILITY_LEVELS } from '@ripple/openapi-diff';
import { z } from 'zod';

/** The tools `migrations.schemaSource` can turn a schema file into SQL with. */
export const SCHEMA_SOURCE_TOOLS = ['drizzle-kit', 'prisma'] as const;
export type SchemaSourceTool = (typeof SCHEMA_SOURCE_TOOLS)[number];

/** `ripple.config.json`: where a repository keeps its migrations and API descriptions. Paths are relative to it. */
export const rippleConfigSchema = z
  .object({
    $schema: z.string().optional(),
    migrations: z
      .object({
        /** The migrations folder. Without it, Ripple looks for one (docs/config.md, "Detection"). */
        dir: z.string().min(1).optional(),
        /** The folder's format (`prisma`, `typeorm`, ...): skips format detection. */
        format: z.enum(MIGRATION_FORMATS).optional(),
        /**
         * The migrations the change under review adds (file names, relative to `dir`). Everything else in `dir`
         * is the base schema. Without it, the migration with the highest version is taken as new.
         */
        new: z.array(z.string().min(1)).optional(),
        /**
         * The project's own migration command (`npx knex migrate:latest`), run against the embedded PGlite served
         * on 127.0.0.1 with DATABASE_URL and PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE set, instead of Ripple
         * applying the migrations it reads: in the base tree, then in the head tree on the same database.
         */
        command: z.string().min(1).optional(),
        /** How long `command` may run, each time, before it is stopped; default 600. */
        commandTimeoutSeconds: z.number().int().positive().optional(),
        /**
         * A schema dump (`pg_dump -s` output, Rails' `structure.sql`, a `schema.sql`) that is the base schema:
         * applied instead of replaying the base migrations, the new migrations on top. Read from the base tree.
         */
        baseSchema: z.string().min(1).optional(),
        /**
         * A schema dump the migration history starts from, because the migrations before it were archived or
         * squashed (opencollective-api's `test/dbdumps/*.pgsql` beside `migrations/archives/`): applied first, then
         * every migration of `dir`. Plain SQL or a custom-format `pg_dump -Fc` archive. Read from the base tree.
         */
        initialSchema: z.string().min(1).optional(),
        /**
         * Values of globals the project's runner sets before it runs a migration, read as constants when Knex,
         * Kysely, Sequelize and db-migrate migrations are replayed: wiki.js's `{ "WIKI": { "config": { "db":
         * { "type": "postgres" } } } }` picks the PostgreSQL branch of `switch (WIKI.config.db.type)`.
         */
        globals: z.record(z.string().min(1), z.json()).optional(),
        /**
         * Where the base and head schemas come from instead of the migrations: the project's schema file, turned
         * into SQL by its own tool in each tree (`drizzle-kit export`; Prisma's schema engine), applied on PGlite.
         * The migrations in `dir` are then not replayed.
         */
        schemaSource: z
          .object({
            /** The tool that writes the schema's SQL: `drizzle-kit` (the project's own) or `prisma` (Prisma's schema engine). */
            tool: z.enum(SCHEMA_SOURCE_TOOLS),
            /** The schema file (a Prisma schema folder too), relative to the repository root: `src/db/schema.ts`, `prisma/schema.prisma`. */
            schema: z.string().min(1),
          })
          .strict()
          .optional(),
      })
      .strict()
      .refine((migrations) => migrations.command === undefined || migrations.baseSchema === undefined, {
        path: ['baseSchema'],
        message: 'give either command (the tool makes the base schema) or baseSchema, not both',
      })
      .refine((migrations) => migrations.initialSchema === undefined || (migrations.baseSchema === undefined && migrations.command === undefined), {
        path: ['initialSchema'],
        message: 'initialSchema starts the replayed history: not with baseSchema (which replaces it) or command (the tool replays it)',
      })
      .refine((migrations) => migrations.schemaSource === undefined || (migrations.command === undefined && migrations.baseSchema === undefined && migrations.initialSchema === undefined && migrations.new === undefined), {
        path: ['schemaSource'],
        message: 'schemaSource makes the base and head schemas from the schema file in each tree: not with command, baseSchema, initialSchema or new, which replay migrations',
      })
      .default({}),
    /**
     * The API descriptions, one entry per API, with the service that serves it: `base` and `head` files in one
     * tree, or one `spec` path read from both the base and the head tree.
     */
    openapi: z
      .array(
        z
          .object({
            service: z.string().min(1),
            base: z.string().min(1).optional(),
            head: z.string().min(1).optional(),
            spec: z.string().min(1).optional(),
          })
          .strict()
          .superRefine((api, context) => {
            if (api.spec !== undefined && (api.base !== undefined || api.head !== undefined)) {
              context.addIssue({ code: 'custom', path: ['spec'], message: 'give either spec, or base and head, not both' });
            } else if (api.spec === undefined && (api.base === undefined || api.head === undefined)) {
              context.addIssue({ code: 'custom', path: [api.base === undefined ? 'base' : 'head'], message: 'give base and head, or spec' });
            }
          })
          .transform((api) => ({ service: api.service, base: (api.spec ?? api.base)!, head: (api.spec ?? api.head)! })),
      )
      .default([]),
    /**
     * The services and jobs to scan, instead of discovering them: a folder (`"."` for the root), a glob of folders
     * (`"services/*"`), or `{ path, name, kind }` with kind `service` (default) or `job`.
     */
    services: z
      .array(
        z.union([
          z.string().min(1).transform((path) => ({ path })),
          z.object({ path: z.string().min(1), name: z.string().min(1).optional(), kind: z.enum(['service', 'job']).optional() }).strict(),
        ]),
      )
      .optional(),
    /**
     * Follow `$ref`s to http(s) URLs in the API descriptions (off by default: a pull request must not make CI
     * fetch URLs of its choosing). Loopback, private-network and link-local addresses are refused even then.
     */
    allowRemoteRefs: z.boolean().optional(),
    /** oasdiff's deprecation policy, as `ripple api-diff --deprecation-days-beta`: days a beta element must stay deprecated before its `x-sunset`. */
    deprecationDaysBeta: z.number().int().min(0).optional(),
    /** The same for stable elements (and those with no `x-stability-level`), as `--deprecation-days-stable`. */
    deprecationDaysStable: z.number().int().min(0).optional(),
    /** As `ripple api-diff --stability-level`: operations below this `x-stability-level` are left out (default `draft`). */
    stabilityLevel: z.enum(STABILITY_LEVELS).optional(),
    /**
     * As `ripple api-diff --severity-levels`: a file, relative to the repository, of rule levels to use instead of
     * Ripple's (oasdiff's format: `<rule-id> <err|warn|info|none>` a line).
     */
    severityLevels: z.string().min(1).optional(),
    /** As `ripple api-diff --include-path-params`: match operations by their path as written (renaming `{id}` is a removal and an addition). */
    includePathParams: z.boolean().optional(),
    /** `ripple rehearse`: the staging server the new migrations are rehearsed on. */
    rehearse: z
      .object({
        /**
         * A regular expression (case-insensitive) that production database and host names match; `ripple rehearse`
         * refuses such a server whatever its flags. Default `prod`.
         */
        productionPattern: z
          .string()
          .min(1)
          .refine((pattern) => isRegExp(pattern), { message: 'not a valid regular expression' })
          .optional(),
      })
      .strict()
      .optional(),
    /** What this repository does not want reported: by rule id (change kind, API rule, finding), path glob, or both. */
    ignore: z
      .array(
        z
          .object({ rule: z.string().min(1).optional(), path: z.string().min(1).optional(), reason: z.string().min(1) })
          .strict()
          .refine((entry) => entry.rule !== undefined || entry.path !== undefined, { message: 'give rule, path, or both' }),
      )
      .default([]),
  })
  .strict();

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

/** The config as written: the migrations folder may be left to detection. */
export type RippleConfigFile = z.infer<typeof rippleConfigSchema>;

/** Why Ripple reads the migrations folder it reads: the config named it, or detection chose it. */
export interface MigrationsChoice {
  readonly dir: string;
  /** Known when the config names it or detection recognised it. */
  readonly format?: MigrationFormat;
  /** One line: `migrations.dir in ripple.config.json`, or what detection found. */
  readonly reason: string;
  /** The other folders detection found (best first): a diagnostic says how to choose one. */
  readonly others: readonly string[];
  /** The format the config asked detection for (`migrations.format` without `migrations.dir`). */
  readonly formatAsked?: MigrationFormat;
}

/**
 * Why the schemas come from a schema file no config named: the tree has no migrations folder, and this is the ORM
 * schema it declares (`prisma db push`, `drizzle-kit push` projects).
 */
export interface SchemaSourceChoice {
  readonly source: NonNullable<RippleConfigFile['migrations']['schemaSource']>;
  /** One line: `detected: no migrations folder found (6 levels deep), and prisma/schema.prisma is a Prisma schema`. */
  readonly reason: string;
  /** The other declared schemas found (best first): a diagnostic says how to choose one. */
  readonly others: readonly string[];
}

/** The config every command works with: the migrations folder is known, and how it was chosen. */
export type RippleConfig = Omit<RippleConfigFile, 'migrations'> & {
  readonly migrations: RippleConfigFile['migrations'] & { readonly dir: string };
  /** Set when detection chose the migrations folder (no config, or a config without `migrations.dir`). */
  readonly detected?: MigrationsChoice;
  /** Set when no migrations folder was found and `migrations.schemaSource` is the schema detection found instead. */
  readonly schemaSourceDetected?: SchemaSourceChoice;
  /** Set when detection found the API descriptions (no config file): one that cannot be read is then a warning. */
  readonly openapiDetected?: true;
};
export type RippleConfigInput = z.input<typeof rippleConfigSchema>;

/** How the config asks the migrations folder to be read: its format and the runner's globals, when given. */
export function migrationLoadOptions(config: Pick<RippleConfig, 'migrations'>): Pick<LoadMigrationsOptions, 'format' | 'globals'> {
  return {
    ...(config.migrations.format !== undefined ? { format: config.migrations.format } : {}),
    ...(config.migrations.globals !== undefined ? { globals: config.migrations.globals } : {}),
  };
}

/**
 * Whether the code modules of migrations folders other than the configured one are the application's data
 * migrations (scanned as consumers): when the schema's migrations are SQL files (`SQL_FILE_FORMATS`: Prisma,
 * drizzle-kit, goose...), which no module takes part in, and no command or schema source replaces them. `formats` are
 * those of the migrations read (the configured or detected format when none were).
 */
export function migrationModulesAreData(config: Pick<RippleConfig, 'migrations'>, migrations: readonly Pick<Migration, 'format'>[]): boolean {
  if (config.migrations.command !== undefined || config.migrations.schemaSource !== undefined) return false;
  const formats = migrations.length > 0 ? migrations.map((migration) => migration.format) : config.migrations.format === undefined ? [] : [config.migrations.format];
  return formats.length > 0 && formats.every((format) => SQL_FILE_FORMATS.has(format));
}
