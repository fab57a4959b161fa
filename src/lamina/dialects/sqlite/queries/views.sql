-- Views with their CREATE VIEW text.
SELECT name, sql
FROM sqlite_master
WHERE type = 'view'
ORDER BY name
