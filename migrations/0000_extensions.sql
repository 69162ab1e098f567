-- Custom SQL migration file, put your code below! ---- pg_trgm ships with PostgreSQL contrib, PGlite and RDS; it is a trusted extension since PostgreSQL 13.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
