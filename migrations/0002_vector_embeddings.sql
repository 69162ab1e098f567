-- Custom SQL migration file, put your code below! ---- Semantic search needs pgvector, which PGlite and RDS have but a plain PostgreSQL may not.
-- Everything here is created only where the extension is available, so this migration succeeds
-- everywhere; the app detects the table at start and uses full-text search alone without it.
-- Embeddings are keyed by chunk content hash and model, so the same text is never embedded twice.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    BEGIN
      EXECUTE 'CREATE EXTENSION IF NOT EXISTS vector';
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'pgvector is available but this role cannot create it; semantic search stays off';
      RETURN;
    END;
    EXECUTE 'CREATE TABLE IF NOT EXISTS chunk_embeddings (
      content_hash text NOT NULL,
      model text NOT NULL,
      embedding vector(1536) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (content_hash, model)
    )';
    EXECUTE 'CREATE INDEX IF NOT EXISTS chunk_embeddings_hnsw_idx
      ON chunk_embeddings USING hnsw (embedding vector_cosine_ops)';
  END IF;
END $$;
