-- Ordinary, partitioned and foreign tables (partitions themselves are skipped: they belong to
-- their parent), with the table's comment.
SELECT n.nspname AS namespace, c.relname AS table_name,
    pg_catalog.obj_description(c.oid, 'pg_class') AS comment
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (%(schemas)s)
  AND c.relkind IN ('r', 'p', 'f')
  AND NOT c.relispartition
ORDER BY n.nspname, c.relname
