-- Views (not materialized views).
SELECT n.nspname AS namespace, c.relname AS view_name, pg_catalog.pg_get_viewdef(c.oid) AS definition
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (%(schemas)s)
  AND c.relkind = 'v'
ORDER BY n.nspname, c.relname
