import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRippleError } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { withoutStackFrames } from '../src/pipeline/export-drizzle-schema.js';
import { exportPrismaSchema, forPrismaEngine, prismaSchemaError } from '../src/pipeline/export-prisma-schema.js';
import { schemaSourceMigration } from '../src/pipeline/schema-source.js';
import { tempDir } from './temp-dirs.js';

const location = { file: 'ripple.config.json', pointer: '/migrations/schemaSource' };

describe('forPrismaEngine', () => {
  it('blanks url, directUrl and shadowDatabaseUrl in datasource blocks only, keeping line numbers', () => {
    const schema = [
      'datasource db {',
      '  provider          = "postgresql"',
      '  url               = env("DATABASE_URL")',
      '  directUrl         = env("DIRECT_URL")',
      '  shadowDatabaseUrl = env("SHADOW_URL")',
      '  extensions        = [pgcrypto]',
      '}',
      'model Link {',
      '  url String',
      '}',
    ].join('\n');
    expect(forPrismaEngine(schema).split('\n')).toEqual([
      'datasource db {',
      '  provider          = "postgresql"',
      '',
      '',
      '',
      '  extensions        = [pgcrypto]',
      '}',
      'model Link {',
      '  url String',
      '}',
    ]);
  });
});

describe('forPrismaEngine on generator blocks', () => {
  it("keeps only the preview features the engine knows (trigger.dev's metrics is removed, multiSchema is GA)", () => {
    const schema = 'generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["metrics", "views", "multiSchema"] // comment\n}\n';
    expect(forPrismaEngine(schema)).toBe('generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["views"] // comment\n}\n');
  });
});

describe('prismaSchemaError', () => {
  it("reads the first error of the engine's validation output with its file and line", () => {
    const output = [
      'error: Error validating: This line is not a valid field or attribute definition.',
      '  -->  prisma/schema.prisma:7',
      '   | ',
      ' 6 |   id Int @id',
      'error: Error validating model "User": second',
      '  -->  prisma/schema.prisma:9',
    ].join('\n');
    expect(prismaSchemaError(output)).toEqual({ message: 'This line is not a valid field or attribute definition.', file: 'prisma/schema.prisma', line: 7 });
    expect(prismaSchemaError('Error in the underlying connector')).toBeUndefined();
  });
});

describe('withoutStackFrames', () => {
  it("keeps a tool's error lines and leaves out its stack", () => {
    const stderr = "Error: Cannot find module './not-there.js'\nRequire stack:\n- /p/src/db/schema.ts\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)\n    at require\n  code: 'MODULE_NOT_FOUND'\n";
    expect(withoutStackFrames(stderr, 10)).toBe("Error: Cannot find module './not-there.js'\nRequire stack:\n- /p/src/db/schema.ts");
    expect(withoutStackFrames('a\nb\nc', 2)).toBe('b\nc');
  });
});

describe('schemaSourceMigration', () => {
  const source = { tool: 'prisma', schema: 'prisma/schema.prisma' } as const;

  it('reads the SQL as a schema dump, every statement at the schema file', () => {
    const { migration, diagnostics } = schemaSourceMigration('-- CreateTable\nCREATE TABLE "User" ("id" TEXT NOT NULL);\n\nCREATE INDEX "User_id_idx" ON "User"("id");\n', source);
    expect(migration.up.map((statement) => `${statement.file}:${statement.line} ${statement.sql.trim()}`)).toEqual([
      'prisma/schema.prisma:1 CREATE TABLE "User" ("id" TEXT NOT NULL)',
      'prisma/schema.prisma:1 CREATE INDEX "User_id_idx" ON "User"("id")',
      'prisma/schema.prisma:1 RESET ALL',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('says so when the tool wrote no SQL', () => {
    expect(schemaSourceMigration('\n', source).diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file}`)).toEqual(['schema-source/empty prisma/schema.prisma']);
  });
});

describe("exportPrismaSchema with Prisma's schema engine", () => {
  it('reads a schema folder (prismaSchemaFolder): every .prisma file, the relation across files', { timeout: 120_000 }, async () => {
    const tree = await tempDir('prisma-folder');
    await mkdir(join(tree, 'prisma', 'schema', 'models'), { recursive: true });
    await writeFile(join(tree, 'prisma', 'schema', 'schema.prisma'), 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n');
    await writeFile(join(tree, 'prisma', 'schema', 'models', 'user.prisma'), 'model User {\n  id    Int    @id @default(autoincrement())\n  posts Post[]\n}\n');
    await writeFile(
      join(tree, 'prisma', 'schema', 'models', 'post.prisma'),
      'model Post {\n  id       BigInt   @id\n  body     String?  @db.Text\n  author   User?    @relation(fields: [authorId], references: [id], onDelete: SetNull)\n  authorId Int?\n  tags     String[]\n  meta     Json     @default("{}")\n  at       DateTime @default(now()) @db.Timestamptz(6)\n}\n',
    );
    const progress: string[] = [];
    const cacheDir = await tempDir('prisma-exports');
    const sql = await exportPrismaSchema({ tree, schemaPath: 'prisma/schema', progress: (line) => progress.push(line), location, cacheDir });
    expect(sql).toContain('"id" SERIAL NOT NULL');
    expect(sql).toContain('"body" TEXT,');
    expect(sql).toContain('"tags" TEXT[],');
    expect(sql).toContain('"meta" JSONB NOT NULL DEFAULT \'{}\',');
    expect(sql).toContain('"at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,');
    expect(sql).toContain('ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;');
    // The second time, the same files are read from the cache; a changed file is exported again.
    expect(await exportPrismaSchema({ tree, schemaPath: 'prisma/schema', progress: (line) => progress.push(line), location, cacheDir })).toBe(sql);
    await writeFile(join(tree, 'prisma', 'schema', 'models', 'user.prisma'), 'model User {\n  id    Int     @id @default(autoincrement())\n  name  String?\n  posts Post[]\n}\n');
    const changed = await exportPrismaSchema({ tree, schemaPath: 'prisma/schema', progress: (line) => progress.push(line), location, cacheDir });
    expect(changed).toContain('"name" TEXT,');
    expect(sql).not.toContain('"name" TEXT,');
    expect(progress).toEqual([
      "exporting the Prisma schema prisma/schema with Prisma's schema engine 7.10.0",
      "the Prisma schema prisma/schema: Prisma's schema engine 7.10.0 export read from the cache",
      "exporting the Prisma schema prisma/schema with Prisma's schema engine 7.10.0",
    ]);
  });

  it('names the file and line of a model Prisma rejects', { timeout: 120_000 }, async () => {
    const tree = await tempDir('prisma-invalid');
    await writeFile(join(tree, 'schema.prisma'), 'datasource db {\n  provider = "postgresql"\n}\n\nmodel Post {\n  id     Int  @id\n  author User\n}\n');
    const error = await exportPrismaSchema({ tree, schemaPath: 'schema.prisma', progress: () => undefined, location, cacheDir: false }).catch((caught: unknown) => caught);
    expect(isRippleError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'migration/schema-source-invalid', location: { file: 'schema.prisma', line: 7 } });
    expect((error as Error).message).toMatch(/^migrations\.schemaSource schema\.prisma: Prisma rejects the schema: Type "User" is neither a built-in type, nor refers to another model/);
  });
});
