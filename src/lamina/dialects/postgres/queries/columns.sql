-- Every column of every table in the schemas, in ordinal order.  The element type of an array
-- column is resolved so that one type mapping serves scalars and lists.  Comments are read too.
SELECT
    n.nspname AS namespace,
    c.relname AS table_name,
    a.attname AS column_name,
    a.attnotnull AS is_required,
    (t.typcategory = 'A' AND t.typelem <> 0) AS is_list,
    et.typname AS type_name,
    et.typtype AS type_kind,
    etn.nspname AS type_namespace,
    pg_catalog.format_type(et.oid, a.atttypmod) AS formatted_type,
    pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr,
    a.attidentity AS identity,
    a.attgenerated AS generated,
    ds.description AS comment
FROM pg_catalog.pg_attribute AS a
JOIN pg_catalog.pg_class AS c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type AS t ON t.oid = a.atttypid
JOIN pg_catalog.pg_type AS et
    ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
JOIN pg_catalog.pg_namespace AS etn ON etn.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef AS d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
-- col_description() as a join: the function runs a query of its own for every column
LEFT JOIN pg_catalog.pg_description AS ds
    ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid = a.attnum
WHERE n.nspname = ANY (%(schemas)s)
  AND c.relkind IN ('r', 'p', 'f')
  AND NOT c.relispartition
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND (%(tables)s::text[] IS NULL OR c.relname = ANY (%(tables)s::text[]))
ORDER BY n.nspname, c.relname, a.attnum
