-- 0018 rebuilt the generated search column (words joined by a slash are split), and its GIN index went with it.
CREATE INDEX IF NOT EXISTS "chunks_tsv_idx" ON "chunks" USING gin ("tsv");
