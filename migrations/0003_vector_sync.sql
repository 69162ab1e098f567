CREATE TABLE "vector_sync" (
	"store" text NOT NULL,
	"content_hash" text NOT NULL,
	"model" text NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vector_sync_store_content_hash_pk" PRIMARY KEY("store","content_hash")
);
