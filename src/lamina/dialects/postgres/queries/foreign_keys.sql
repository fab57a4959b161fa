-- Foreign keys, one row per column pair, in constraint column order.
SELECT
    n.nspname AS namespace,
    c.relname AS table_name,
    con.conname AS constraint_name,
    a.attname AS column_name,
    rn.nspname AS referenced_namespace,
    rc.relname AS referenced_table,
    ra.attname AS referenced_column,
    con.confdeltype::text AS on_delete,
    con.confupdtype::text AS on_update,
    k.position AS position
FROM pg_catalog.pg_constraint AS con
JOIN pg_catalog.pg_class AS c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_class AS rc ON rc.oid = con.confrelid
JOIN pg_catalog.pg_namespace AS rn ON rn.oid = rc.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refattnum, position)
JOIN pg_catalog.pg_attribute AS a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
JOIN pg_catalog.pg_attribute AS ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refattnum
WHERE con.contype = 'f'
  AND n.nspname = ANY (%(schemas)s)
  AND NOT c.relispartition
  AND (%(tables)s::text[] IS NULL OR c.relname = ANY (%(tables)s::text[]))
ORDER BY n.nspname, c.relname, con.conname, k.position
