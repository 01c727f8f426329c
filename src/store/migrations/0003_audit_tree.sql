CREATE TABLE "audit_tree" (
	"id" integer PRIMARY KEY NOT NULL,
	"size" integer NOT NULL,
	"last_hash" text NOT NULL,
	"range" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "provision_order" ON "provision" USING btree ("draft_id","ordinal");