-- Indexes: key columns in order (attnums, 0 for an expression; the fold names them from the columns query, so no
-- pg_attribute lookup per index), method, partial predicate. Only an index on a materialized view, whose columns
-- the columns query does not read, has its key columns named here (expressions as NULL).
SELECT n.nspname AS schema,
       ic.relname AS name,
       tc.relname AS table,
       i.indisunique AS unique,
       am.amname AS method,
       (pg_catalog.string_to_array(i.indkey::text, ' ')::int[])[1:i.indnkeyatts] AS column_positions,
       CASE WHEN tc.relkind = 'm' THEN ARRAY(
         SELECT CASE WHEN k.attnum = 0 THEN NULL ELSE a.attname::text END
         FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
         WHERE k.ord <= i.indnkeyatts
         ORDER BY k.ord
       ) END AS columns,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
       pg_catalog.pg_get_indexdef(i.indexrelid) AS definition
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE n.nspname = ANY ($1::text[])
  AND tc.relkind IN ('r', 'p', 'm')
  AND (pg_catalog.hashoid(i.indrelid) & 2147483647) % $3::int4 = $2::int4
ORDER BY n.nspname, ic.relname;
