-- Row-level security policies.
SELECT n.nspname AS schema,
       c.relname AS table,
       pol.polname AS name,
       pol.polcmd::text AS command,
       pol.polpermissive AS permissive,
       ARRAY(
         SELECT CASE WHEN r.oid = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r.oid)::text END
         FROM unnest(pol.polroles) AS r(oid)
         ORDER BY 1
       ) AS roles,
       pg_catalog.pg_get_expr(pol.polqual, pol.polrelid) AS using_expression,
       pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) AS with_check
FROM pg_catalog.pg_policy pol
JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ($1::text[])
  AND (pg_catalog.hashoid(pol.polrelid) & 2147483647) % $3::int4 = $2::int4
ORDER BY n.nspname, c.relname, pol.polname;
