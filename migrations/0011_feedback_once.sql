ALTER TABLE "feedback" ADD COLUMN "cause" text;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_cause_unique" UNIQUE("cause");