CREATE TABLE "amendment_share" (
	"amendment_id" text NOT NULL,
	"party_id" text NOT NULL,
	CONSTRAINT "amendment_share_amendment_id_party_id_pk" PRIMARY KEY("amendment_id","party_id")
);
--> statement-breakpoint
ALTER TABLE "amendment_share" ADD CONSTRAINT "amendment_share_amendment_id_amendment_id_fk" FOREIGN KEY ("amendment_id") REFERENCES "public"."amendment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendment_share" ADD CONSTRAINT "amendment_share_party_id_party_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Who an amendment was shared with is record: the state proof tracks its rows.
SELECT parley_track_state('amendment_share', 'amendment_id,party_id');