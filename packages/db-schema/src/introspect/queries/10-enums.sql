-- Enum types with their labels in sort order.
SELECT n.nspname AS schema,
       t.typname AS name,
       ARRAY(
         SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder
       ) AS labels
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY ($1::text[])
  AND t.typtype = 'e'
  AND (pg_catalog.hashoid(t.oid) & 2147483647) % $3::int4 = $2::int4
ORDER BY n.nspname, t.typname;
