import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SchemaSnapshot } from '@ripple/model';

/** The ORMs the generated services use, one per service, in turn. */
const ORMS = ['typeorm', 'prisma', 'drizzle', 'kysely', 'knex', 'sequelize', 'mikro-orm', 'raw-sql'] as const;
type Orm = (typeof ORMS)[number];

export interface MonorepoShape {
  readonly services: number;
  readonly entitiesPerService: number;
  readonly filesPerService: number;
}

/** Property and column of every generated table, in order. */
const FIELDS = [
  ['id', 'id'],
  ['fullName', 'full_name'],
  ['email', 'email'],
  ['status', 'status'],
  ['createdAt', 'created_at'],
  ['ownerId', 'owner_id'],
] as const;

/**
 * Writes a pnpm monorepo of `services` packages, each on one ORM, each with `entitiesPerService` tables and
 * `filesPerService` TypeScript files (the entity files plus service files that query two entities each, with
 * plain logic around the queries and the traps: parameters, locals and DTO fields named like columns). One root
 * tsconfig covers every service so `tsc --noEmit` checks the same tree the scan reads. Returns the schema.
 */
export async function generateMonorepo(root: string, shape: MonorepoShape): Promise<SchemaSnapshot> {
  const files = new Map<string, string>();
  files.set('package.json', JSON.stringify({ name: 'bench-monorepo', private: true, type: 'module' }, null, 2));
  files.set('pnpm-workspace.yaml', 'packages:\n  - services/*\n');
  files.set('tsconfig.json', JSON.stringify(TSCONFIG, null, 2));
  files.set('types/orms.d.ts', ORM_TYPES);
  const tables: string[] = [];
  for (let s = 0; s < shape.services; s += 1) {
    const orm = ORMS[s % ORMS.length]!;
    const dir = `services/svc-${s}-${orm}`;
    const entities = Array.from({ length: shape.entitiesPerService }, (_, i) => s * shape.entitiesPerService + i);
    tables.push(...entities.map(tableOf));
    files.set(`${dir}/package.json`, JSON.stringify({ name: `svc-${s}`, private: true, type: 'module' }, null, 2));
    for (const [path, text] of serviceFiles(orm, entities, shape.filesPerService)) files.set(`${dir}/${path}`, text);
  }
  for (const [path, text] of files) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return schemaOf(tables);
}

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    experimentalDecorators: true,
    types: [],
  },
  include: ['types', 'services/*/src'],
};

function tableOf(k: number): string {
  return `t${k}_records`;
}

function classOf(k: number): string {
  return `Record${k}`;
}

function schemaOf(tables: readonly string[]): SchemaSnapshot {
  return {
    kind: 'schema-snapshot',
    schemas: ['public'],
    tables: tables.map((name) => ({
      kind: 'table' as const,
      schema: 'public',
      name,
      columns: FIELDS.map(([, column], index) => ({ name: column, position: index + 1, type: 'text', nullable: true })),
    })),
    views: [],
    indexes: [],
    constraints: [],
    dependencies: [],
  };
}

function serviceFiles(orm: Orm, entities: readonly number[], fileCount: number): Map<string, string> {
  const model = MODELS[orm];
  const files = new Map<string, string>(model.shared(entities));
  for (const k of entities) files.set(`src/models/${tableOf(k)}.ts`, model.entity(k));
  const typescriptFiles = (): number => [...files.keys()].filter((path) => path.endsWith('.ts')).length;
  for (let j = typescriptFiles(); j < fileCount; j += 1) {
    const a = entities[j % entities.length]!;
    const b = entities[(j + 7) % entities.length]!;
    files.set(`src/features/feature-${j}.ts`, featureFile(j, model, a, b));
  }
  return files;
}

interface ModelTemplates {
  /** Files every service of the ORM has (schema, client); `.prisma` files are not TypeScript. */
  shared(entities: readonly number[]): [string, string][];
  entity(k: number): string;
  /** Import lines and three query functions over entity `k`, named with `suffix`. */
  imports(k: number): string;
  queries(k: number, suffix: string): string;
}

const MODELS: Record<Orm, ModelTemplates> = {
  typeorm: {
    shared: () => [['src/data-source.ts', `import { DataSource } from 'typeorm';\nimport { SnakeNamingStrategy } from 'typeorm-naming-strategies';\n\nexport const dataSource = new DataSource({ type: 'postgres', namingStrategy: new SnakeNamingStrategy() });\n`]],
    entity: (k) =>
      `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';\n\n@Entity('${tableOf(k)}')\nexport class ${classOf(k)} {\n  @PrimaryGeneratedColumn()\n  id!: number;\n\n${FIELDS.slice(1)
        .map(([property]) => `  @Column()\n  ${property}!: string;\n`)
        .join('\n')}}\n`,
    imports: (k) => `import { dataSource } from '../data-source.js';\nimport { ${classOf(k)} } from '../models/${tableOf(k)}.js';\n`,
    queries: (k, suffix) => `export async function find${suffix}(email: string) {
  const repo = dataSource.getRepository(${classOf(k)});
  return repo.findOne({ where: { email }, select: { id: true, fullName: true } });
}

export async function rename${suffix}(id: number, fullName: string) {
  const repo = dataSource.getRepository(${classOf(k)});
  await repo.update({ id }, { fullName });
}

export async function list${suffix}() {
  const repo = dataSource.getRepository(${classOf(k)});
  const rows = await repo.find({ order: { createdAt: 'DESC' } });
  return rows.map((row) => row.status);
}
`,
  },
  prisma: {
    shared: (entities) => [
      ['prisma/schema.prisma', `generator client {\n  provider = "prisma-client-js"\n}\n\n${entities.map(prismaModel).join('\n')}`],
      ['src/client.ts', `import { PrismaClient } from '@prisma/client';\n\nexport const prisma = new PrismaClient();\n`],
    ],
    entity: (k) => `import { prisma } from '../client.js';\n\nexport function ${lower(classOf(k))}Delegate() {\n  return prisma.${lower(classOf(k))};\n}\n`,
    imports: () => `import { prisma } from '../client.js';\n`,
    queries: (k, suffix) => `export async function find${suffix}(email: string) {
  return prisma.${lower(classOf(k))}.findMany({ select: { id: true, fullName: true }, where: { email } });
}

export async function rename${suffix}(id: number, fullName: string) {
  return prisma.${lower(classOf(k))}.update({ where: { id }, data: { fullName } });
}

export async function list${suffix}() {
  return prisma.${lower(classOf(k))}.findMany({ orderBy: { createdAt: 'desc' }, select: { status: true } });
}
`,
  },
  drizzle: {
    shared: () => [['src/db.ts', `export const db: any = {};\n`]],
    entity: (k) =>
      `import { pgTable, serial, text } from 'drizzle-orm/pg-core';\n\nexport const ${lower(classOf(k))} = pgTable('${tableOf(k)}', {\n  id: serial('id').primaryKey(),\n${FIELDS.slice(1)
        .map(([property, column]) => `  ${property}: text('${column}'),\n`)
        .join('')}});\n`,
    imports: (k) => `import { desc, eq } from 'drizzle-orm';\nimport { db } from '../db.js';\nimport { ${lower(classOf(k))} } from '../models/${tableOf(k)}.js';\n`,
    queries: (k, suffix) => `export async function find${suffix}(email: string) {
  return db.select({ id: ${lower(classOf(k))}.id, fullName: ${lower(classOf(k))}.fullName }).from(${lower(classOf(k))}).where(eq(${lower(classOf(k))}.email, email));
}

export async function rename${suffix}(id: number, fullName: string) {
  return db.update(${lower(classOf(k))}).set({ fullName }).where(eq(${lower(classOf(k))}.id, id));
}

export async function list${suffix}() {
  return db.select().from(${lower(classOf(k))}).orderBy(desc(${lower(classOf(k))}.createdAt));
}
`,
  },
  kysely: {
    shared: (entities) => [
      [
        'src/db.ts',
        `import { Kysely, type Generated } from 'kysely';\n\n${entities
          .map((k) => `export interface ${classOf(k)}Table {\n  id: Generated<number>;\n${FIELDS.slice(1).map(([, column]) => `  ${column}: string;\n`).join('')}}\n`)
          .join('\n')}\nexport interface DB {\n${entities.map((k) => `  ${tableOf(k)}: ${classOf(k)}Table;\n`).join('')}}\n\nexport const db = new Kysely<DB>({});\n`,
      ],
    ],
    entity: (k) => `import type { ${classOf(k)}Table } from '../db.js';\n\nexport type ${classOf(k)}Row = ${classOf(k)}Table;\n`,
    imports: () => `import { db } from '../db.js';\n`,
    queries: (k, suffix) => `export async function find${suffix}(email: string) {
  return db.selectFrom('${tableOf(k)} as r').select(['r.id', 'r.full_name']).where('r.email', '=', email).execute();
}

export async function rename${suffix}(id: number, fullName: string) {
  await db.updateTable('${tableOf(k)}').set({ full_name: fullName }).where('id', '=', id).execute();
}

export async function list${suffix}() {
  return db.selectFrom('${tableOf(k)}').select('status').orderBy('created_at', 'desc').execute();
}
`,
  },
  knex: {
    shared: () => [['src/db.ts', `import knexFactory from 'knex';\n\nexport const knex = knexFactory({ client: 'pg' });\n`]],
    entity: (k) => `export const ${classOf(k).toUpperCase()}_TABLE = '${tableOf(k)}';\n\nexport interface ${classOf(k)}Row {\n${FIELDS.map(([, column]) => `  ${column}: string;\n`).join('')}}\n`,
    imports: () => `import { knex } from '../db.js';\n`,
    queries: (k, suffix) => `export async function find${suffix}(email: string) {
  return knex('${tableOf(k)}').select('id', 'full_name').where({ email }).first();
}

export async function rename${suffix}(id: number, fullName: string) {
  return knex('${tableOf(k)}').where('id', id).update({ full_name: fullName });
}

export async function list${suffix}() {
  return knex('${tableOf(k)}').select('status').orderBy('created_at', 'desc');
}
`,
  },
  sequelize: {
    shared: () => [['src/db.ts', `import { Sequelize } from 'sequelize';\n\nexport const sequelize = new Sequelize('postgres://localhost/bench');\n`]],
    entity: (k) =>
      `import { DataTypes, Model } from 'sequelize';\nimport { sequelize } from '../db.js';\n\nexport class ${classOf(k)} extends Model {}\n\n${classOf(k)}.init(\n  {\n${FIELDS.map(([property]) => `    ${property}: { type: DataTypes.STRING },\n`).join('')}  },\n  { sequelize, tableName: '${tableOf(k)}', underscored: true },\n);\n`,
    imports: (k) => `import { ${classOf(k)} } from '../models/${tableOf(k)}.js';\n`,
    queries: (k, suffix) => `export async function find${suffix}(email: string) {
  return ${classOf(k)}.findAll({ attributes: ['id', 'fullName'], where: { email } });
}

export async function rename${suffix}(id: number, fullName: string) {
  await ${classOf(k)}.update({ fullName }, { where: { id } });
}

export async function list${suffix}() {
  return ${classOf(k)}.findAll({ attributes: ['status'], order: [['createdAt', 'DESC']] });
}
`,
  },
  'mikro-orm': {
    shared: () => [],
    entity: (k) =>
      `import { Entity, PrimaryKey, Property } from '@mikro-orm/core';\n\n@Entity({ tableName: '${tableOf(k)}' })\nexport class ${classOf(k)} {\n  @PrimaryKey()\n  id!: number;\n\n${FIELDS.slice(1)
        .map(([property]) => `  @Property()\n  ${property}!: string;\n`)
        .join('\n')}}\n`,
    imports: (k) => `import type { EntityManager } from '@mikro-orm/core';\nimport { ${classOf(k)} } from '../models/${tableOf(k)}.js';\n\ndeclare const em: EntityManager;\n`,
    queries: (k, suffix) => `export async function find${suffix}(email: string) {
  return em.find(${classOf(k)}, { email }, { fields: ['id', 'fullName'] });
}

export async function rename${suffix}(id: number, fullName: string) {
  await em.nativeUpdate(${classOf(k)}, { id }, { fullName });
}

export async function list${suffix}() {
  const rows = await em.find(${classOf(k)}, {}, { orderBy: { createdAt: 'desc' } });
  return rows.map((row) => row.status);
}
`,
  },
  'raw-sql': {
    shared: () => [['src/db.ts', `import { Pool } from 'pg';\nimport postgres from 'postgres';\n\nexport const pool = new Pool();\nexport const sql = postgres();\n`]],
    entity: (k) => `export interface ${classOf(k)}Row {\n${FIELDS.map(([, column]) => `  ${column}: string;\n`).join('')}}\n`,
    imports: () => `import { pool, sql } from '../db.js';\n`,
    queries: (k, suffix) => `export async function find${suffix}(email: string) {
  const { rows } = await pool.query('SELECT r.id, r.full_name FROM ${tableOf(k)} r WHERE r.email = $1', [email]);
  return rows;
}

export async function rename${suffix}(id: number, fullName: string) {
  return sql\`UPDATE ${tableOf(k)} SET full_name = \${fullName} WHERE id = \${id}\`;
}

export async function list${suffix}() {
  return pool.query(\`SELECT status FROM ${tableOf(k)} ORDER BY created_at DESC\`);
}
`,
  },
};

/** A feature module: queries over two entities plus the plain code around them (and the traps). */
function featureFile(j: number, model: ModelTemplates, a: number, b: number): string {
  const imports = [...new Set([...model.imports(a).split('\n'), ...model.imports(b).split('\n')])].filter((line) => line.length > 0).join('\n');
  return `${imports}

/** API shape: its email is an HTTP field, not a column. */
export interface Feature${j}Response {
  id: number;
  email: string;
  fullName: string;
  createdAt: string;
}

/** Not a table: a getter named like a column. */
export class Feature${j}Settings {
  constructor(private readonly values: Record<string, string>) {}

  get email(): string {
    return this.values['email'] ?? 'noreply@example.com';
  }

  get status(): string {
    return this.values['status'] ?? 'active';
  }
}

export function toFeature${j}Response(id: number, email: string, fullName: string): Feature${j}Response {
  const createdAt = new Date(0).toISOString();
  const status = email.includes('@') ? 'valid' : 'invalid';
  return { id, email: status === 'valid' ? email.toLowerCase() : '', fullName: fullName.trim(), createdAt };
}

${model.queries(a, `A${j}`)}
${model.queries(b, `B${j}`)}
export function summarise${j}(items: readonly { status: string; total: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(item.status, (totals.get(item.status) ?? 0) + item.total);
  return totals;
}
`;
}

function prismaModel(k: number): string {
  return `model ${classOf(k)} {\n  id        Int      @id @default(autoincrement())\n  fullName  String   @map("full_name")\n  email     String\n  status    String\n  createdAt DateTime @map("created_at")\n  ownerId   Int      @map("owner_id")\n\n  @@map("${tableOf(k)}")\n}\n`;
}

function lower(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Light stand-ins for the ORMs' types (the real ones would only make tsc slower). */
const ORM_TYPES = `declare module 'typeorm' {
  export function Entity(name?: string): ClassDecorator;
  export function Column(options?: { name?: string }): PropertyDecorator;
  export function PrimaryGeneratedColumn(): PropertyDecorator;
  export class Repository<T> {
    find(options?: object): Promise<T[]>;
    findOne(options: object): Promise<T | null>;
    update(criteria: object, partial: object): Promise<unknown>;
  }
  export class DataSource {
    constructor(options: object);
    getRepository<T>(target: new () => T): Repository<T>;
  }
}
declare module 'typeorm-naming-strategies' {
  export class SnakeNamingStrategy {}
}
declare module '@prisma/client' {
  type Delegate = {
    findMany(args?: object): Promise<any[]>;
    update(args: object): Promise<any>;
  };
  export class PrismaClient {
    [model: string]: Delegate;
  }
}
declare module 'drizzle-orm/pg-core' {
  type Builder = { primaryKey(): Builder };
  export function pgTable<T>(name: string, columns: T): { [K in keyof T]: unknown };
  export function serial(name?: string): Builder;
  export function text(name?: string): Builder;
}
declare module 'drizzle-orm' {
  export function eq(left: unknown, right: unknown): unknown;
  export function desc(column: unknown): unknown;
}
declare module 'kysely' {
  export type Generated<T> = T;
  export class Kysely<DB> {
    constructor(config: object);
    selectFrom(table: keyof DB | string): any;
    updateTable(table: keyof DB | string): any;
  }
}
declare module 'knex' {
  export interface Knex {
    (table: string): any;
  }
  export default function knex(config: object): Knex;
}
declare module 'sequelize' {
  export const DataTypes: Record<string, unknown>;
  export class Model {
    static init(attributes: object, options: object): void;
    static findAll(options?: object): Promise<any[]>;
    static update(values: object, options: object): Promise<unknown>;
  }
  export class Sequelize {
    constructor(url: string);
  }
}
declare module '@mikro-orm/core' {
  export function Entity(options?: { tableName?: string }): ClassDecorator;
  export function PrimaryKey(): PropertyDecorator;
  export function Property(options?: { fieldName?: string }): PropertyDecorator;
  export class EntityManager {
    find<T>(entity: new () => T, where: object, options?: object): Promise<T[]>;
    nativeUpdate<T>(entity: new () => T, where: object, data: object): Promise<number>;
  }
}
declare module 'pg' {
  export class Pool {
    query(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
  }
}
declare module 'postgres' {
  type Sql = (strings: TemplateStringsArray, ...values: unknown[]) => Promise<any[]>;
  export default function postgres(url?: string): Sql;
}
`;
