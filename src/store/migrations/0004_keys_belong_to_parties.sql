CREATE TABLE "key_challenge" (
	"id" text PRIMARY KEY NOT NULL,
	"signatory" text NOT NULL,
	"public_key" text NOT NULL,
	"draft_id" text,
	"issued_to" text NOT NULL,
	"expires_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credential" ADD COLUMN "minted_by" text;