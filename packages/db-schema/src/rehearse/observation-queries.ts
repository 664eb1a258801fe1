/**
 * The set-based catalog queries the server rehearsal runs inside its transaction after each statement. Relations
 * of PostgreSQL's own schemas are left out: every DDL statement touches the catalogs, which is no news.
 */
const USER_RELATION = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'`;

/**
 * Each user relation with its file (`relfilenode`; 0 for views and partitioned tables, which have none): a new
 * file for a table, index or materialized view is a rewrite.
 */
export const RELATION_FILES = `
SELECT c.oid::text AS oid, format('%I.%I', n.nspname, c.relname) AS name, c.relfilenode::text AS file
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_RELATION}
ORDER BY c.oid`;

/**
 * The relation locks this session holds, with the relation's name when it is still visible (not dropped) and, for
 * an index, its table (a query reaches an index through its table's lock).
 */
export const OWN_LOCKS = `
SELECT l.relation::text AS oid, CASE WHEN c.oid IS NOT NULL THEN format('%I.%I', n.nspname, c.relname) END AS name, l.mode,
       COALESCE(i.indrelid, l.relation)::text AS table_oid
FROM pg_catalog.pg_locks l
LEFT JOIN pg_catalog.pg_class c ON c.oid = l.relation
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = l.relation
WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND l.granted
  AND (c.oid IS NULL OR (${USER_RELATION}))
ORDER BY l.relation, l.mode`;

/**
 * Rows this transaction inserted, updated and deleted so far, over all tables; whether the rehearsal's transaction
 * is still open (its `SET LOCAL` marker is only there inside it); and how many other sessions wait for its locks.
 */
export const TRANSACTION_STATE = `
SELECT (SELECT COALESCE(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::text FROM pg_catalog.pg_stat_xact_user_tables) AS touched,
       COALESCE(pg_catalog.current_setting('ripple.rehearsal', true), '') = 'on' AS open,
       (SELECT count(*)::int FROM pg_catalog.pg_stat_activity a WHERE pg_catalog.pg_backend_pid() = ANY (pg_catalog.pg_blocking_pids(a.pid))) AS blocked`;

/** Every sequence's value (`last_value` is null before its first `nextval`, or without the privilege to read it). */
export const SEQUENCE_VALUES = `
SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS value
FROM pg_catalog.pg_sequences
ORDER BY 1`;

/** The table a statement outside the transaction would scan (an index names its table), with its size. */
export const TABLE_SIZE = `
SELECT format('%I.%I', n.nspname, t.relname) AS name, pg_catalog.pg_relation_size(t.oid)::text AS bytes, t.reltuples::float8 AS rows
FROM pg_catalog.pg_class c
LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
JOIN pg_catalog.pg_class t ON t.oid = COALESCE(i.indrelid, c.oid)
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
WHERE c.oid = pg_catalog.to_regclass($1)`;
