-- Domains: base type, NOT NULL, default, CHECK constraints (by name).
SELECT n.nspname AS schema,
       t.typname AS name,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS type,
       NOT t.typnotnull AS nullable,
       t.typdefault AS default_expression,
       ARRAY(
         SELECT c.conname::text FROM pg_catalog.pg_constraint c
         WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname
       ) AS check_names,
       ARRAY(
         SELECT pg_catalog.pg_get_constraintdef(c.oid, true) FROM pg_catalog.pg_constraint c
         WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname
       ) AS check_definitions
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY ($1::text[])
  AND t.typtype = 'd'
  AND (pg_catalog.hashoid(t.oid) & 2147483647) % $3::int4 = $2::int4
ORDER BY n.nspname, t.typname;
