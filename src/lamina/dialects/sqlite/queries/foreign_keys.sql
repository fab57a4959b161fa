-- Every foreign key, one row per column pair.
SELECT m.name AS table_name, fk.id AS id, fk.seq AS position, fk."table" AS referenced_table,
       fk."from" AS column_name, fk."to" AS referenced_column, fk.on_update AS on_update,
       fk.on_delete AS on_delete
FROM sqlite_master AS m
JOIN pragma_foreign_key_list(m.name) AS fk
WHERE m.type = 'table'
ORDER BY m.name, fk.id, fk.seq
