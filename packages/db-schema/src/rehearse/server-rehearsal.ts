/**
 * What `rehearseOnServer` measured: the new migrations run on a real server (a staging copy of production) inside
 * one transaction that is always rolled back. Plain JSON data, rendered by the reporter's `ripple rehearse`.
 */
export interface ServerRehearsal {
  readonly kind: 'server-rehearsal';
  /** The connection URL with its password redacted. */
  readonly server: string;
  readonly database: string;
  readonly serverVersion: string;
  /** `pg_is_in_recovery()`: a standby; false for a primary (which `--i-know-this-is-not-production` allows). */
  readonly inRecovery: boolean;
  readonly statementTimeout: string;
  readonly lockTimeout: string;
  readonly statements: readonly RehearsedStatement[];
  /**
   * Sequences whose value changed between before the transaction and after its rollback: PostgreSQL's `nextval`
   * is not transactional, so a rehearsed statement that drew a value (an INSERT into a serial column) leaves the
   * sequence advanced. Ripple does not set it back (that would be a write outside the rolled-back transaction and
   * could hand out a value a concurrent session already used); it reports it. On a copy with traffic of its own,
   * other sessions may have moved a sequence too: the statements' `sequencesAdvanced` name what this run drew.
   */
  readonly sequencesLeftAdvanced: readonly SequenceChange[];
  /** Always true when a result is returned: the transaction was rolled back and the server confirmed it. */
  readonly rolledBack: true;
  readonly durationMs: number;
}

export type RehearsedStatementOutcome = 'ok' | 'failed' | 'not-rehearsed' | 'not-reached';

export interface RehearsedStatement {
  readonly kind: 'rehearsed-statement';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly sql: string;
  /**
   * `ok` ran; `failed` PostgreSQL refused it (the run stopped there and rolled back); `not-rehearsed` cannot run in
   * a transaction (`CREATE INDEX CONCURRENTLY`) or controls the transaction (`COMMIT`); `not-reached` came after a
   * failure.
   */
  readonly outcome: RehearsedStatementOutcome;
  readonly durationMs?: number;
  /** Rows inserted, updated and deleted (`pg_stat_xact_user_tables`, so triggers and DO blocks count too). */
  readonly rowsTouched?: number;
  /**
   * Relation locks the statement took that the transaction did not hold before it, leaving out a weaker mode on a
   * relation already held more strongly (it makes no one wait longer).
   */
  readonly locks?: readonly HeldLock[];
  /** Tables, indexes and materialized views present before the statement whose file it replaced (a rewrite). */
  readonly rewritten?: readonly string[];
  /** Sessions of others waiting for a lock this transaction holds, right after the statement. */
  readonly sessionsBlocked?: number;
  readonly sequencesAdvanced?: readonly SequenceChange[];
  readonly error?: ServerError;
  /** Why a `not-rehearsed` statement did not run. */
  readonly reason?: string;
  readonly estimate?: DurationEstimate;
}

/** Ordinary operations of other sessions a lock makes wait (PostgreSQL's lock conflict table). */
export type BlockedOperation = 'reads' | 'row-locks' | 'writes' | 'vacuum-and-index-builds' | 'schema-changes';

export interface HeldLock {
  /** `public.orders`; a relation the statement dropped is named as it was before. */
  readonly relation: string;
  /** PostgreSQL's name: `AccessExclusiveLock`, `ShareLock`, ... */
  readonly mode: string;
  readonly blocks: readonly BlockedOperation[];
  /**
   * How long it would be held on deploy: to the end of the statement's migration file when its format's runner
   * wraps each file in a transaction (`RUNNER_TRANSACTIONS`), else to the end of the statement.
   */
  readonly heldMs: number;
}

export interface SequenceChange {
  readonly sequence: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** PostgreSQL's error fields, as the server sent them. */
export interface ServerError {
  readonly message: string;
  readonly code?: string;
  readonly detail?: string;
  readonly hint?: string;
}

/** For a statement that was not run: about how long it would take, from the size of the table it scans. */
export interface DurationEstimate {
  readonly relation?: string;
  readonly bytes?: number;
  /** `reltuples`; absent when the table was never analysed. */
  readonly rows?: number;
  /** Absent when the statement does not scan a table (or its table was not found). */
  readonly seconds?: number;
  readonly basis: string;
}
