-- Views and materialized views with their definitions.
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relkind::text AS relkind,
       pg_catalog.pg_get_viewdef(c.oid, true) AS definition
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ($1::text[])
  AND c.relkind IN ('v', 'm')
  AND (pg_catalog.hashoid(c.oid) & 2147483647) % $3::int4 = $2::int4
ORDER BY n.nspname, c.relname;
