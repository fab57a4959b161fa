"""One module per benchmark row family; each returns a list of report rows."""
