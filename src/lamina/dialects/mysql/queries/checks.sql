-- CHECK constraints: MariaDB stores JSON columns as LONGTEXT guarded by `json_valid(col)`.
SELECT TABLE_NAME AS table_name, CONSTRAINT_NAME AS constraint_name, CHECK_CLAUSE AS check_clause
FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA = DATABASE()
