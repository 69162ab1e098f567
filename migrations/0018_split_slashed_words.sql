ALTER TABLE "chunks" drop column "tsv";--> statement-breakpoint
ALTER TABLE "chunks" ADD COLUMN "tsv" "tsvector" GENERATED ALWAYS AS (
    setweight(to_tsvector('english', regexp_replace(coalesce(title, ''), '([[:alpha:]])/(?=[[:alpha:]])', '\1 ', 'g')), 'A') ||
    setweight(to_tsvector('english', regexp_replace(coalesce(heading, ''), '([[:alpha:]])/(?=[[:alpha:]])', '\1 ', 'g')), 'B') ||
    setweight(to_tsvector('english', regexp_replace(coalesce(keywords, ''), '([[:alpha:]])/(?=[[:alpha:]])', '\1 ', 'g')), 'C') ||
    setweight(to_tsvector('english', regexp_replace(coalesce(content, ''), '([[:alpha:]])/(?=[[:alpha:]])', '\1 ', 'g')), 'D')) STORED NOT NULL;