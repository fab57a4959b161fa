-- Every column of every table and view, in declaration order.
SELECT c.TABLE_NAME AS table_name, c.COLUMN_NAME AS column_name, c.COLUMN_TYPE AS column_type,
       c.DATA_TYPE AS data_type, c.IS_NULLABLE AS is_nullable, c.COLUMN_DEFAULT AS column_default,
       c.EXTRA AS extra, c.DATETIME_PRECISION AS datetime_precision
FROM information_schema.COLUMNS AS c
WHERE c.TABLE_SCHEMA = DATABASE()
ORDER BY BINARY c.TABLE_NAME, c.ORDINAL_POSITION
