-- The schemas to introspect when none are named: every schema that is not PostgreSQL's own; and the server's version
-- (the fold needs it to make view definitions the same on every version).
SELECT n.nspname AS name,
       pg_catalog.current_setting('server_version_num')::int AS server_version
FROM pg_catalog.pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
  AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[]))
ORDER BY n.nspname;
