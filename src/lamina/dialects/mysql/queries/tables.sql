-- Base tables of the connection's database, in Prisma's describer order.
SELECT TABLE_NAME AS table_name
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'
ORDER BY BINARY TABLE_NAME
