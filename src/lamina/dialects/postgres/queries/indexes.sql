-- Indexes (primary keys included), one row per key column.  Expression indexes and exclusion
-- constraints are flagged so that the describer can leave them out; partial ones carry their predicate.
SELECT
    n.nspname AS namespace,
    c.relname AS table_name,
    ic.relname AS index_name,
    i.indisprimary AS is_primary_key,
    i.indisunique AS is_unique,
    (i.indexprs IS NOT NULL OR i.indisexclusion) AS is_special,
    am.amname AS algorithm,
    k.position AS position,
    a.attname AS column_name,
    (i.indoption[k.position - 1] & 1) = 1 AS is_descending,
    opc.opcname AS operator_class,
    opc.opcdefault AS is_default_operator_class,
    pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate
FROM pg_catalog.pg_index AS i
JOIN pg_catalog.pg_class AS c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_class AS ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am AS am ON am.oid = ic.relam
CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[]) WITH ORDINALITY AS k(attnum, opclass, position)
LEFT JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.oid AND a.attnum = k.attnum AND k.attnum > 0
LEFT JOIN pg_catalog.pg_opclass AS opc ON opc.oid = k.opclass
WHERE n.nspname = ANY (%(schemas)s)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND k.position <= i.indnkeyatts
  AND (%(tables)s::text[] IS NULL OR c.relname = ANY (%(tables)s::text[]))
ORDER BY n.nspname, c.relname, ic.relname, k.position
