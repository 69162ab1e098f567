ALTER TABLE "escalations" ADD COLUMN "excluded_person_ids" integer[] DEFAULT '{}'::int[] NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "interactions_more_once_idx" ON "interactions" USING btree ("context_interaction_id") WHERE answer_mode = 'more';--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_idempotency_key_unique" UNIQUE("idempotency_key");