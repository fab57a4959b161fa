-- Index columns (the primary key is the index named PRIMARY); SUB_PART is the prefix length.
SELECT TABLE_NAME AS table_name, INDEX_NAME AS index_name, NON_UNIQUE AS non_unique,
       COLUMN_NAME AS column_name, SUB_PART AS sub_part, COLLATION AS collation,
       INDEX_TYPE AS index_type
FROM information_schema.STATISTICS
WHERE TABLE_SCHEMA = DATABASE()
ORDER BY BINARY TABLE_NAME, BINARY INDEX_NAME, SEQ_IN_INDEX
