ALTER TABLE "claim" ADD COLUMN "match_key" text;--> statement-breakpoint
CREATE INDEX "claim_match_key" ON "claim" USING btree ("match_key");--> statement-breakpoint
-- match_key is derived from the row (core/corroboration.ts), so it stays out of the row's
-- state digest: rows written before it keep the digests the log holds for them.
DROP TRIGGER parley_state_insert ON claim;--> statement-breakpoint
DROP TRIGGER parley_state_update ON claim;--> statement-breakpoint
DROP TRIGGER parley_state_delete ON claim;--> statement-breakpoint
SELECT parley_track_state('claim', 'id', 'match_key');
