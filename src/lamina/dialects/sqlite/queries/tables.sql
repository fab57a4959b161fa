-- Every table with its CREATE TABLE text (foreign key names and AUTOINCREMENT are read from it).
SELECT name, sql
FROM sqlite_master
WHERE type = 'table'
ORDER BY name
