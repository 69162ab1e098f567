CREATE TABLE "knowledge_synonyms" (
	"term" text PRIMARY KEY NOT NULL,
	"related" text[] NOT NULL
);
