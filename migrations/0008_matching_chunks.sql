-- Custom migration: the first pass of a full-text search, as a function so that it can carry its own
-- planner setting. The question's tsquery is only known at execution, so the planner prices reading
-- every chunk's tsvector (a few milliseconds on a 2,000-chunk handbook) about the same as the GIN index
-- (a fraction of one) and picks the sequential scan; inside this function it uses the index.
CREATE FUNCTION matching_chunks(query tsquery, hidden integer[], wanted integer)
RETURNS SETOF chunks
LANGUAGE sql STABLE ROWS 100
SET enable_seqscan = off
AS $$
  SELECT * FROM chunks c
  WHERE c.tsv @@ query AND NOT (c.document_id = ANY (hidden))
  ORDER BY ts_rank('{0.1, 0.2, 0.5, 1.0}', c.tsv, query, 0) DESC
  LIMIT wanted
$$;
