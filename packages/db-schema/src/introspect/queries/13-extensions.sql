-- Installed extensions (database-wide; not filtered by schema).
SELECT e.extname AS name,
       n.nspname AS schema,
       e.extversion AS version
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
ORDER BY e.extname;
