-- User triggers with their UPDATE OF column lists and trigger functions.
SELECT n.nspname AS schema,
       c.relname AS table,
       t.tgname AS name,
       fn.nspname AS function_schema,
       p.proname AS function_name,
       ARRAY(
         SELECT a.attname::text
         FROM unnest(t.tgattr::int2[]) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_catalog.pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.attnum
         ORDER BY k.ord
       ) AS columns,
       pg_catalog.pg_get_triggerdef(t.oid, true) AS definition
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = p.pronamespace
WHERE n.nspname = ANY ($1::text[])
  AND NOT t.tgisinternal
  AND (pg_catalog.hashoid(t.tgrelid) & 2147483647) % $3::int4 = $2::int4
ORDER BY n.nspname, c.relname, t.tgname;
