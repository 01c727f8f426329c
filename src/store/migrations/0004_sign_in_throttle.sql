CREATE TABLE "sign_in_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"last_failure_at" text NOT NULL,
	"wait_until" text
);
--> statement-breakpoint
CREATE INDEX "sign_in_throttle_last_failure" ON "sign_in_throttle" USING btree ("last_failure_at");--> statement-breakpoint
ALTER TABLE "account" DROP COLUMN "failed_logins";--> statement-breakpoint
ALTER TABLE "account" DROP COLUMN "locked_until";