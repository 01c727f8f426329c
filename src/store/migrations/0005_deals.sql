CREATE TABLE "deal_profile" (
	"draft_id" text NOT NULL,
	"party_id" text NOT NULL,
	"weights" jsonb NOT NULL,
	"scores" jsonb NOT NULL,
	"reservation" double precision NOT NULL,
	"red_lines" jsonb NOT NULL,
	"updated_at" text NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "deal_profile_draft_id_party_id_pk" PRIMARY KEY("draft_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "deal_share" (
	"id" text PRIMARY KEY NOT NULL,
	"draft_id" text NOT NULL,
	"rule" text NOT NULL,
	"parties" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"note" text,
	"at" text NOT NULL,
	"by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deal_profile" ADD CONSTRAINT "deal_profile_draft_id_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."draft"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_profile" ADD CONSTRAINT "deal_profile_party_id_party_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_share" ADD CONSTRAINT "deal_share_draft_id_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."draft"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deal_share_draft" ON "deal_share" USING btree ("draft_id");--> statement-breakpoint
SELECT parley_track_state('deal_profile', 'draft_id,party_id');--> statement-breakpoint
SELECT parley_track_state('deal_share', 'id');
