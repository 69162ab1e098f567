DROP INDEX "chunks_tsv_idx";--> statement-breakpoint
DROP INDEX "knowledge_terms_trgm_idx";--> statement-breakpoint
CREATE INDEX "chunks_tsv_idx" ON "chunks" USING gin ("tsv") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "knowledge_terms_trgm_idx" ON "knowledge_terms" USING gin ("term" gin_trgm_ops) WITH (fastupdate=false);