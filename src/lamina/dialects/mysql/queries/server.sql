-- The server's version (MariaDB says so in it) and whether table names are folded to lower case.
SELECT VERSION() AS version, @@lower_case_table_names AS lower_case_table_names
