-- Every index with its key columns (cid -2 marks an expression, -1 the rowid), in the order
-- pragma_index_list gives (most recently created first), which is the order Prisma keeps.
SELECT m.name AS table_name, il.name AS index_name, il."unique" AS is_unique, il.origin AS origin,
       il.partial AS is_partial, ix.seqno AS position, ix.cid AS column_id, ix.name AS column_name,
       ix."desc" AS is_descending,
       (SELECT i.sql FROM sqlite_master AS i WHERE i.type = 'index' AND i.name = il.name) AS index_sql
FROM sqlite_master AS m
JOIN pragma_index_list(m.name) AS il
JOIN pragma_index_xinfo(il.name) AS ix
WHERE m.type = 'table' AND ix.key = 1
ORDER BY m.name, il.seq, ix.seqno
