-- Enum types and their values in sort order, with the type's comment.
SELECT n.nspname AS namespace, t.typname AS enum_name, e.enumlabel AS value,
    pg_catalog.obj_description(t.oid, 'pg_type') AS comment
FROM pg_catalog.pg_type AS t
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum AS e ON e.enumtypid = t.oid
WHERE n.nspname = ANY (%(schemas)s)
ORDER BY n.nspname, t.typname, e.enumsortorder
