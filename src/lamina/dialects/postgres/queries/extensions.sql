-- Installed extensions, whatever schema they live in.
SELECT e.extname AS extension_name, n.nspname AS namespace, e.extversion AS version
FROM pg_catalog.pg_extension AS e
JOIN pg_catalog.pg_namespace AS n ON n.oid = e.extnamespace
ORDER BY e.extname
