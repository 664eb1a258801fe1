import type { OrmAdapter } from './orm-adapter.js';
import { rawSqlAdapter } from './raw-sql/raw-sql-adapter.js';
import { sqlFileAdapter } from './sql-file/sql-file-adapter.js';
import { typeormAdapter } from './typeorm/typeorm-adapter.js';
import { drizzleAdapter } from './drizzle/drizzle-adapter.js';

/** Every adapter the scan runs, in a fixed order. Adding an ORM adds a folder and one line here. */
export const ADAPTERS: readonly OrmAdapter[] = [typeormAdapter, drizzleAdapter, rawSqlAdapter, sqlFileAdapter];
