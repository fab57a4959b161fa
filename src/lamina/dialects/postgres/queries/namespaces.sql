-- The requested schemas that exist, in no particular order.
SELECT nspname AS namespace
FROM pg_catalog.pg_namespace
WHERE nspname = ANY (%(schemas)s)
