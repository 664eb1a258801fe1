-- Table constraints. NOT NULL (contype 'n', catalogued from PostgreSQL 18) is left out: nullability is on the
-- column, and leaving it out keeps snapshots of PostgreSQL 15 and 18 identical. Key columns come as attnums (the fold
-- names them from the columns query: no pg_attribute lookup per constraint); so are referenced columns, except when
-- the referenced table is in a schema that is not read: then they come by name.
SELECT n.nspname AS schema,
       c.relname AS table,
       con.conname AS name,
       con.contype::text AS type,
       COALESCE(con.conkey::int[], '{}') AS column_positions,
       pg_catalog.pg_get_constraintdef(con.oid, true) AS definition,
       rn.nspname AS ref_schema,
       rc.relname AS ref_table,
       COALESCE(con.confkey::int[], '{}') AS ref_positions,
       CASE WHEN NOT rn.nspname = ANY ($1::text[]) THEN ARRAY(
         SELECT a.attname::text
         FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
         ORDER BY k.ord
       ) END AS ref_columns,
       con.confupdtype::text AS on_update,
       con.confdeltype::text AS on_delete
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE n.nspname = ANY ($1::text[])
  AND con.contype IN ('p', 'u', 'c', 'f', 'x')
  AND (pg_catalog.hashoid(con.conrelid) & 2147483647) % $3::int4 = $2::int4
ORDER BY n.nspname, c.relname, con.conname;
