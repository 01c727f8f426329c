CREATE TABLE "composition" (
	"draft_id" text PRIMARY KEY NOT NULL,
	"plan" jsonb NOT NULL,
	"version" integer NOT NULL,
	"updated_at" text NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "composition" ADD CONSTRAINT "composition_draft_id_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."draft"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A composition in progress is record: the state proof tracks its rows.
SELECT parley_track_state('composition', 'draft_id');
