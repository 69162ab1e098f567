ALTER TABLE "escalations" ADD COLUMN "previous_assignee_ids" integer[] DEFAULT '{}'::int[] NOT NULL;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "cause" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "manager_opted_out" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "manager_opted_out_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_cause_unique" UNIQUE("cause");