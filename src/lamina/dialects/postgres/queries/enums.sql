-- Enum types and their values in sort order.
SELECT n.nspname AS namespace, t.typname AS enum_name, e.enumlabel AS value
FROM pg_catalog.pg_type AS t
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum AS e ON e.enumtypid = t.oid
WHERE n.nspname = ANY (%(schemas)s)
ORDER BY n.nspname, t.typname, e.enumsortorder
