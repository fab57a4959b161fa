-- Every column of every table, in declaration order.
SELECT m.name AS table_name, p.name AS column_name, p.type AS declared_type, p."notnull" AS is_required,
       p.dflt_value AS default_text, p.pk AS primary_key_position
FROM sqlite_master AS m
JOIN pragma_table_info(m.name) AS p
WHERE m.type = 'table'
ORDER BY m.name, p.cid
