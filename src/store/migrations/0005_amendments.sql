CREATE TABLE "amendment" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"party_id" text NOT NULL,
	"draft_id" text NOT NULL,
	"provision_path" text NOT NULL,
	"provision_number" text NOT NULL,
	"lineage" text NOT NULL,
	"kind" text NOT NULL,
	"text" text,
	"note" text,
	"shared" integer DEFAULT 0 NOT NULL,
	"state" text NOT NULL,
	"author" text NOT NULL,
	"proposed_at" text NOT NULL,
	"state_at" text,
	"state_by" text,
	"state_note" text
);
--> statement-breakpoint
ALTER TABLE "amendment" ADD CONSTRAINT "amendment_party_id_party_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendment" ADD CONSTRAINT "amendment_draft_id_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."draft"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "amendment_draft" ON "amendment" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "amendment_lineage" ON "amendment" USING btree ("lineage");--> statement-breakpoint
-- Amendments are record: the state proof tracks their rows like the stances' (0004).
SELECT parley_track_state('amendment', 'id');
