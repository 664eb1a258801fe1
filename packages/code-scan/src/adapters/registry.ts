import type { OrmAdapter } from './orm-adapter.js';
import { rawSqlAdapter } from './raw-sql/raw-sql-adapter.js';
import { sequelizeAdapter } from './sequelize/sequelize-adapter.js';
import { sqlFileAdapter } from './sql-file/sql-file-adapter.js';
import { supabaseAdapter } from './supabase/supabase-adapter.js';
import { typeormAdapter } from './typeorm/typeorm-adapter.js';
import { drizzleAdapter } from './drizzle/drizzle-adapter.js';
import { knexAdapter } from './knex/knex-adapter.js';
import { kyselyAdapter } from './kysely/kysely-adapter.js';
import { medusaDmlAdapter } from './medusa-dml/medusa-dml-adapter.js';
import { mikroOrmAdapter } from './mikro-orm/mikro-orm-adapter.js';
import { objectionAdapter } from './objection/objection-adapter.js';
import { prismaAdapter } from './prisma/prisma-adapter.js';

/** Every adapter the scan runs, in a fixed order. Adding an ORM adds a folder and one line here. */
export const ADAPTERS: readonly OrmAdapter[] = [typeormAdapter, prismaAdapter, drizzleAdapter, kyselyAdapter, knexAdapter, objectionAdapter, sequelizeAdapter, mikroOrmAdapter, medusaDmlAdapter, supabaseAdapter, rawSqlAdapter, sqlFileAdapter];
