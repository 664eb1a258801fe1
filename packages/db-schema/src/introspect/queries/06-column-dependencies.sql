-- Objects that pg_depend records as depending on a table column: views and materialized views (through their
-- rewrite rule), indexes (plain, expression, partial), sequences (OWNED BY), constraints, policies, triggers
-- (WHEN clause and UPDATE OF), defaults and generation expressions, SQL-standard function bodies.
-- Table-scoped objects are named `table.object`. Self-references (a view's own columns, a column's own default)
-- are left out.
SELECT rn.nspname AS schema,
       rc.relname AS table,
       ra.attname AS column,
       CASE
         WHEN d.classid = 'pg_catalog.pg_rewrite'::regclass THEN
           CASE vc.relkind WHEN 'm' THEN 'materialized-view' ELSE 'view' END
         WHEN d.classid = 'pg_catalog.pg_class'::regclass THEN
           CASE oc.relkind WHEN 'S' THEN 'sequence' ELSE 'index' END
         WHEN d.classid = 'pg_catalog.pg_constraint'::regclass THEN 'constraint'
         WHEN d.classid = 'pg_catalog.pg_policy'::regclass THEN 'policy'
         WHEN d.classid = 'pg_catalog.pg_trigger'::regclass THEN 'trigger'
         WHEN d.classid = 'pg_catalog.pg_attrdef'::regclass THEN
           CASE WHEN da.attgenerated <> '' THEN 'generated-column' ELSE 'default' END
         WHEN d.classid = 'pg_catalog.pg_proc'::regclass THEN
           CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END
       END AS object_kind,
       COALESCE(vn.nspname, ocn.nspname, conn.nspname, pn.nspname, rn.nspname) AS object_schema,
       COALESCE(
         vc.relname,
         oc.relname,
         conc.relname || '.' || con.conname,
         polc.relname || '.' || pol.polname,
         tgc.relname || '.' || tg.tgname,
         dac.relname || '.' || da.attname,
         p.proname
       ) AS object_name
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
JOIN pg_catalog.pg_attribute ra ON ra.attrelid = d.refobjid AND ra.attnum = d.refobjsubid
LEFT JOIN pg_catalog.pg_rewrite rw ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND rw.oid = d.objid
LEFT JOIN pg_catalog.pg_class vc ON vc.oid = rw.ev_class
LEFT JOIN pg_catalog.pg_namespace vn ON vn.oid = vc.relnamespace
LEFT JOIN pg_catalog.pg_class oc ON d.classid = 'pg_catalog.pg_class'::regclass AND oc.oid = d.objid
  AND oc.relkind IN ('i', 'I', 'S')
LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.relnamespace
LEFT JOIN pg_catalog.pg_constraint con ON d.classid = 'pg_catalog.pg_constraint'::regclass AND con.oid = d.objid
  AND con.contype <> 'n'
LEFT JOIN pg_catalog.pg_class conc ON conc.oid = con.conrelid
LEFT JOIN pg_catalog.pg_namespace conn ON conn.oid = con.connamespace
LEFT JOIN pg_catalog.pg_policy pol ON d.classid = 'pg_catalog.pg_policy'::regclass AND pol.oid = d.objid
LEFT JOIN pg_catalog.pg_class polc ON polc.oid = pol.polrelid
LEFT JOIN pg_catalog.pg_trigger tg ON d.classid = 'pg_catalog.pg_trigger'::regclass AND tg.oid = d.objid
  AND NOT tg.tgisinternal
LEFT JOIN pg_catalog.pg_class tgc ON tgc.oid = tg.tgrelid
LEFT JOIN pg_catalog.pg_attrdef ad ON d.classid = 'pg_catalog.pg_attrdef'::regclass AND ad.oid = d.objid
LEFT JOIN pg_catalog.pg_attribute da ON da.attrelid = ad.adrelid AND da.attnum = ad.adnum
LEFT JOIN pg_catalog.pg_class dac ON dac.oid = ad.adrelid
LEFT JOIN pg_catalog.pg_proc p ON d.classid = 'pg_catalog.pg_proc'::regclass AND p.oid = d.objid
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
WHERE d.refclassid = 'pg_catalog.pg_class'::regclass
  AND d.refobjsubid > 0
  AND d.deptype IN ('n', 'a')
  AND rn.nspname = ANY ($1::text[])
  AND rc.relkind IN ('r', 'p', 'f')
  AND (
    COALESCE(vc.oid, oc.oid, con.oid, pol.oid, tg.oid, p.oid) IS NOT NULL
    OR (da.attnum IS NOT NULL AND NOT (ad.adrelid = d.refobjid AND ad.adnum = d.refobjsubid))
  )
ORDER BY 1, 2, 3, 4, 5, 6;
