import type { Acceptance } from './acceptance.js';
import type { ApiChange } from './api-change.js';
import type { ColumnChangeKind } from './column-change.js';
import type { ColumnDetailChangeKind } from './column-detail-change.js';
import type { Consumer } from './consumer.js';
import type { Diagnostic, Finding } from './finding.js';
import type { Level } from './level.js';
import type { Location } from './location.js';

export const IMPACT_REPORT_SCHEMA_VERSION = 1;

/** The join of schema changes, code usages and API changes: the document every reporter renders. */
export interface ImpactReport {
  readonly schemaVersion: typeof IMPACT_REPORT_SCHEMA_VERSION;
  readonly changes: readonly ImpactedChange[];
  readonly apiChanges: readonly ApiChange[];
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
  /**
   * What was analysed, when not everything: `migrations` (ripple lint) means code, jobs and APIs were not scanned,
   * so consumers are database objects only and severities assume the column is used.
   */
  readonly scope?: 'migrations';
  /** What Ripple chose to read when no config named it: set when the migrations folder was detected. */
  readonly inputs?: ReportInputs;
}

/** The inputs Ripple chose itself, and why, so a reader can check the report read the right thing. */
export interface ReportInputs {
  /** The migrations folder detection chose; absent when the config names it (with `schemaSource`: set, or no detected folder). */
  readonly migrations?: {
    /** The folder read, relative to the repository root: `packages/db/prisma/migrations`. */
    readonly dir: string;
    /** Its format (`prisma`, `typeorm`, ...), when known. */
    readonly format?: string;
    /** One line: `packages/db/prisma/migrations via packages/db/prisma/schema.prisma (12 migrations), format prisma (detected: ...)`. */
    readonly reason: string;
  };
  /** Where the base and head schemas came from instead of the migrations (`migrations.schemaSource`). */
  readonly schemaSource?: {
    /** `drizzle-kit` or `prisma`. */
    readonly tool: string;
    /** The schema file (or Prisma schema folder), relative to the repository root. */
    readonly schema: string;
    /** One line: `src/db/schema.ts in the base and head trees, as SQL from the project's drizzle-kit export (...)`. */
    readonly reason: string;
  };
}

/** One column change with every consumer it affects. */
export interface ImpactedChange {
  /** Stable id: `column-renamed:public.customers.email`. */
  readonly id: string;
  /** A column change, or a change to its identity, generation, or a constraint or index on it. */
  readonly kind: ColumnChangeKind | ColumnDetailChangeKind;
  /** Qualified table, as in the base schema: `public.customers`. */
  readonly table: string;
  /** Column name, as in the base schema. */
  readonly column: string;
  readonly severity: Level;
  /** One line a reviewer reads: `renamed to email_address`. */
  readonly summary: string;
  readonly migration?: Location;
  /** For renames: the new column name. */
  readonly newColumn?: string;
  /** For renames that come with their table's (`RENAME TO`, Sequelize's `renameTable`): the table's new name. */
  readonly newTable?: string;
  /** For type changes: the old and new types. */
  readonly from?: string;
  readonly to?: string;
  readonly consumers: readonly Consumer[];
  /** Set when a baseline entry accepts this change. */
  readonly accepted?: Acceptance;
}
