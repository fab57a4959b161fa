-- Sequences, including those owned by SERIAL and identity columns.
SELECT n.nspname AS namespace, c.relname AS sequence_name
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (%(schemas)s)
  AND c.relkind = 'S'
ORDER BY n.nspname, c.relname
