CREATE TABLE "claim" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"source_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"text" text NOT NULL,
	"span_start" integer NOT NULL,
	"span_end" integer NOT NULL,
	"speaker" text,
	"speaker_id" text,
	"data" jsonb NOT NULL,
	"reviewed_at" text,
	"note" text,
	"record_ref" text
);
--> statement-breakpoint
CREATE TABLE "source_link" (
	"a" text NOT NULL,
	"b" text NOT NULL,
	"kind" text NOT NULL,
	"similarity" double precision NOT NULL,
	CONSTRAINT "source_link_a_b_pk" PRIMARY KEY("a","b")
);
--> statement-breakpoint
ALTER TABLE "source" ADD COLUMN "content_hash" text;--> statement-breakpoint
ALTER TABLE "source" ADD COLUMN "file_name" text;--> statement-breakpoint
ALTER TABLE "claim" ADD CONSTRAINT "claim_source_id_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."source"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_link" ADD CONSTRAINT "source_link_a_source_id_fk" FOREIGN KEY ("a") REFERENCES "public"."source"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_link" ADD CONSTRAINT "source_link_b_source_id_fk" FOREIGN KEY ("b") REFERENCES "public"."source"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_source" ON "claim" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "claim_status" ON "claim" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "source_content_hash" ON "source" USING btree ("content_hash");