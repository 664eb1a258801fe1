import type { Consumer } from './consumer.js';
import type { Diagnostic } from './finding.js';
import type { Location } from './location.js';
import type { RelationKind } from './schema-snapshot.js';
import type { Access, ServiceKind } from './usage.js';

export const SYSTEM_MAP_SCHEMA_VERSION = 1;

/**
 * The whole system at one commit: which service reads, writes or defines which column of which table, which tables
 * several services share, which columns nothing uses and which columns code uses that the schema lacks. The document
 * `ripple map` renders; two saved maps diff into the coupling a change adds or removes (`SystemMapDiff`).
 */
export interface SystemMap {
  readonly kind: 'system-map';
  readonly schemaVersion: typeof SYSTEM_MAP_SCHEMA_VERSION;
  /** Every scanned service and job, sorted by name. */
  readonly services: readonly MapService[];
  /** Every table of the schema, sorted by qualified name. */
  readonly tables: readonly MapTable[];
  /**
   * Tables that more than one service reads or writes at run time: the coupling hot spots, sorted by table. Test
   * files, definitions alone (a shared Prisma schema package) and name-matched mirror types do not make a user.
   */
  readonly sharedTables: readonly SharedTable[];
  /** Columns of the schema no service, job or database object uses, sorted by table and column. */
  readonly deadColumns: readonly DeadColumn[];
  /**
   * Columns code uses that the schema does not have: consumers that fail at run time, sorted by table and column.
   * PostgreSQL's catalogs (`pg_*`, `information_schema`) and migration tools' tables (`_prisma_migrations`, ...) are
   * in the matrix but are no drift.
   */
  readonly drift: readonly DriftColumn[];
  /** API operations and the tables whose columns they expose (the report's name join), sorted by service and operation. */
  readonly operations: readonly MapOperation[];
  /** What was searched: the ground the dead-column list stands on. */
  readonly evidence: MapEvidence;
  readonly diagnostics: readonly Diagnostic[];
}

export interface MapService {
  readonly name: string;
  readonly kind: ServiceKind;
  /** Its folder, relative to the repository root (`.` for the root). */
  readonly dir: string;
  /** Usages found in it, test files included. */
  readonly usages: number;
}

export interface MapTable {
  /** Qualified: `public.customers`. */
  readonly table: string;
  /** A view's columns are the ones code uses (the snapshot lists none). */
  readonly kind: RelationKind | 'view' | 'materialized-view';
  /** Services with at least one usage of the table outside test files, sorted. */
  readonly services: readonly string[];
  readonly columns: readonly MapColumn[];
  /** `service: METHOD /path` of the API operations exposing a column of the table, sorted. */
  readonly operations: readonly string[];
}

export interface MapColumn {
  readonly column: string;
  /** The type as the schema prints it; absent for a column the schema lacks (drift). */
  readonly type?: string;
  /** One cell per service that uses the column, sorted by service. */
  readonly cells: readonly MapCell[];
  /** Database objects (views, functions, triggers, policies, generated columns) that read it: `view public.customer_emails`. */
  readonly dbObjects: readonly string[];
}

/** One service's use of one column: the matrix cell. */
export interface MapCell {
  readonly service: string;
  /** The distinct accesses, in the order definition, read, write, filter, order. */
  readonly access: readonly Access[];
  /** How many usages (test files included). */
  readonly usages: number;
  /** How many of them are in test, fixture or seed files. */
  readonly tests: number;
  /** The first read or write outside test files, by file and line; else the first in a test; else the first definition. */
  readonly first: Location;
}

export interface SharedTable {
  readonly table: string;
  /** Its runtime users: services that read or write it outside test files, exactly. */
  readonly services: readonly string[];
  /** Services that write a column of it (insert, update). */
  readonly writers: readonly string[];
  /** Services that read it (read, filter, order). */
  readonly readers: readonly string[];
  /** Columns one service writes and another reads: the hand-offs that couple them, sorted by column. */
  readonly handoffs: readonly { readonly column: string; readonly writers: readonly string[]; readonly readers: readonly string[] }[];
}

/**
 * `high`: code uses the table (exactly, through a mapping or SQL) and never this column, and no file that uses the
 * table has a scan diagnostic. `medium`: the table is used, but only by name match or by a file with a diagnostic
 * that can hide a usage (dynamic SQL, a syntax error), or a foreign key of another table references the column.
 * `low`: no code uses the table at all (another program, or a shape the scan does not read, may).
 */
export type DeadColumnConfidence = 'high' | 'medium' | 'low';

export interface DeadColumn {
  readonly table: string;
  readonly column: string;
  readonly type: string;
  readonly confidence: DeadColumnConfidence;
  /** Why this confidence, one line each. */
  readonly reasons: readonly string[];
  /** Services that use other columns of the table (test files aside), sorted. */
  readonly tableUsedBy: readonly string[];
  /** Files with a scan diagnostic that also use the table: where a usage may hide. */
  readonly unreadFiles: readonly string[];
  /** Indexes and constraints on the column: they keep it alive in the database but read no value for code. */
  readonly dbObjects: readonly string[];
}

export interface DriftColumn {
  readonly table: string;
  readonly column: string;
  /** `column-missing`: the table exists, the column does not; `table-missing`: neither does. */
  readonly kind: 'column-missing' | 'table-missing';
  /** Every usage, as the report's consumers, sorted by file and line. */
  readonly consumers: readonly Consumer[];
}

export interface MapOperation {
  readonly service: string;
  /** `GET /customers/{id}` */
  readonly operation: string;
  readonly file: string;
  readonly tables: readonly string[];
}

export interface MapEvidence {
  /** Services and jobs scanned. */
  readonly services: number;
  /** Files with at least one usage. */
  readonly filesWithUsages: number;
  readonly usages: number;
  /** The adapters that found usages, with their counts, sorted by adapter. */
  readonly adapters: readonly { readonly adapter: string; readonly usages: number }[];
  /** Accesses searched: every usage kind counts as use, a `SELECT *` and an ORM model mapping the column included. */
  readonly accesses: readonly Access[];
  /** Where the schema came from: `12 migrations in db/migrations`, `the database at postgres://…`. */
  readonly schemaSource: string;
  /** Scan diagnostics by code, sorted by code. */
  readonly diagnostics: readonly { readonly code: string; readonly count: number }[];
}

/** What a change does to the system's coupling: `ripple map --base`. */
export interface SystemMapDiff {
  readonly kind: 'system-map-diff';
  readonly schemaVersion: typeof SYSTEM_MAP_SCHEMA_VERSION;
  /** Table users that appear (`added`) or disappear (`removed`): `service` starts or stops using `table`. */
  readonly tableUsers: readonly CouplingChange[];
  /** Column cells whose accesses changed: `service` starts or stops reading or writing `table.column`. */
  readonly columnAccess: readonly ColumnAccessChange[];
  /** Tables that became shared or stopped being shared. */
  readonly sharedTables: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly deadColumns: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly drift: { readonly added: readonly string[]; readonly removed: readonly string[] };
  /** The head map, in full. */
  readonly head: SystemMap;
}

export interface CouplingChange {
  readonly change: 'added' | 'removed';
  readonly table: string;
  readonly service: string;
}

export interface ColumnAccessChange {
  readonly table: string;
  readonly column: string;
  readonly service: string;
  readonly added: readonly Access[];
  readonly removed: readonly Access[];
}
