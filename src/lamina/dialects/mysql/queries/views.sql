-- Views of the connection's database.
SELECT TABLE_NAME AS view_name, VIEW_DEFINITION AS definition
FROM information_schema.VIEWS
WHERE TABLE_SCHEMA = DATABASE()
ORDER BY BINARY TABLE_NAME
