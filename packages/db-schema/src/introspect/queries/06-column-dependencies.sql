-- Objects that pg_depend records as depending on a table column: views and materialized views (through their
-- rewrite rule), indexes (plain, expression, partial), sequences (OWNED BY), constraints, policies, triggers
-- (WHEN clause and UPDATE OF), defaults and generation expressions, SQL-standard function bodies.
-- Table-scoped objects are named `table.object`. Self-references (a view's own columns, a column's own default)
-- are left out. One branch per kind of dependent object, each an inner join on its catalog, so the planner can
-- hash-join a large schema instead of probing every catalog for every pg_depend row.
WITH deps AS (
  SELECT rn.nspname AS schema,
         rc.relname AS table,
         ra.attname AS column,
         d.classid,
         d.objid,
         d.refobjid,
         d.refobjsubid
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
  JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
  JOIN pg_catalog.pg_attribute ra ON ra.attrelid = d.refobjid AND ra.attnum = d.refobjsubid
  WHERE d.refclassid = 'pg_catalog.pg_class'::regclass
    AND d.refobjsubid > 0
    AND d.deptype IN ('n', 'a')
    AND rn.nspname = ANY ($1::text[])
    AND rc.relkind IN ('r', 'p', 'f')
    AND (pg_catalog.hashoid(rc.oid) & 2147483647) % $3::int4 = $2::int4
)
SELECT d.schema, d.table, d.column,
       CASE vc.relkind WHEN 'm' THEN 'materialized-view' ELSE 'view' END AS object_kind,
       vn.nspname AS object_schema,
       vc.relname::text AS object_name
FROM deps d
JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid
JOIN pg_catalog.pg_class vc ON vc.oid = rw.ev_class
JOIN pg_catalog.pg_namespace vn ON vn.oid = vc.relnamespace
WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass
UNION ALL
SELECT d.schema, d.table, d.column,
       CASE oc.relkind WHEN 'S' THEN 'sequence' ELSE 'index' END,
       ocn.nspname,
       oc.relname::text
FROM deps d
JOIN pg_catalog.pg_class oc ON oc.oid = d.objid AND oc.relkind IN ('i', 'I', 'S')
JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.relnamespace
WHERE d.classid = 'pg_catalog.pg_class'::regclass
UNION ALL
SELECT d.schema, d.table, d.column, 'constraint', conn.nspname, conc.relname || '.' || con.conname
FROM deps d
JOIN pg_catalog.pg_constraint con ON con.oid = d.objid AND con.contype <> 'n'
JOIN pg_catalog.pg_class conc ON conc.oid = con.conrelid
JOIN pg_catalog.pg_namespace conn ON conn.oid = con.connamespace
WHERE d.classid = 'pg_catalog.pg_constraint'::regclass
UNION ALL
SELECT d.schema, d.table, d.column, 'policy', d.schema, polc.relname || '.' || pol.polname
FROM deps d
JOIN pg_catalog.pg_policy pol ON pol.oid = d.objid
JOIN pg_catalog.pg_class polc ON polc.oid = pol.polrelid
WHERE d.classid = 'pg_catalog.pg_policy'::regclass
UNION ALL
SELECT d.schema, d.table, d.column, 'trigger', d.schema, tgc.relname || '.' || tg.tgname
FROM deps d
JOIN pg_catalog.pg_trigger tg ON tg.oid = d.objid AND NOT tg.tgisinternal
JOIN pg_catalog.pg_class tgc ON tgc.oid = tg.tgrelid
WHERE d.classid = 'pg_catalog.pg_trigger'::regclass
UNION ALL
SELECT d.schema, d.table, d.column,
       CASE WHEN da.attgenerated <> '' THEN 'generated-column' ELSE 'default' END,
       d.schema,
       dac.relname || '.' || da.attname
FROM deps d
JOIN pg_catalog.pg_attrdef ad ON ad.oid = d.objid
JOIN pg_catalog.pg_attribute da ON da.attrelid = ad.adrelid AND da.attnum = ad.adnum
JOIN pg_catalog.pg_class dac ON dac.oid = ad.adrelid
WHERE d.classid = 'pg_catalog.pg_attrdef'::regclass
  AND NOT (ad.adrelid = d.refobjid AND ad.adnum = d.refobjsubid)
UNION ALL
SELECT d.schema, d.table, d.column,
       CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,
       pn.nspname,
       p.proname::text
FROM deps d
JOIN pg_catalog.pg_proc p ON p.oid = d.objid
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
WHERE d.classid = 'pg_catalog.pg_proc'::regclass
ORDER BY 1, 2, 3, 4, 5, 6;
