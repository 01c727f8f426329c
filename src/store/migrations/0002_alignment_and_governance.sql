CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"party_id" text,
	"password_hash" text NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alignment_pair" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"from_draft" text NOT NULL,
	"to_draft" text NOT NULL,
	"from_paths" jsonb NOT NULL,
	"to_paths" jsonb NOT NULL,
	"kind" text NOT NULL,
	"score" double precision NOT NULL,
	"confidence" double precision NOT NULL,
	"origin" text NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_checkpoint" (
	"size" integer PRIMARY KEY NOT NULL,
	"root" text NOT NULL,
	"time" text NOT NULL,
	"signature" text NOT NULL,
	"public_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circulation" (
	"id" text PRIMARY KEY NOT NULL,
	"draft_id" text NOT NULL,
	"party_id" text NOT NULL,
	"summary_only" integer DEFAULT 0 NOT NULL,
	"summary" text,
	"at" text NOT NULL,
	"by" text NOT NULL,
	"fingerprint" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credential" (
	"hash" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"account_id" text NOT NULL,
	"label" text,
	"csrf" text,
	"created_at" text NOT NULL,
	"expires_at" text
);
--> statement-breakpoint
CREATE TABLE "signature" (
	"id" text PRIMARY KEY NOT NULL,
	"draft_id" text NOT NULL,
	"signatory" text NOT NULL,
	"signed_at" text NOT NULL,
	"draft_hash" text NOT NULL,
	"public_key" text NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_plan" (
	"draft_id" text PRIMARY KEY NOT NULL,
	"draft_hash" text NOT NULL,
	"plan" jsonb NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_party_id_party_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alignment_pair" ADD CONSTRAINT "alignment_pair_from_draft_draft_id_fk" FOREIGN KEY ("from_draft") REFERENCES "public"."draft"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alignment_pair" ADD CONSTRAINT "alignment_pair_to_draft_draft_id_fk" FOREIGN KEY ("to_draft") REFERENCES "public"."draft"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circulation" ADD CONSTRAINT "circulation_draft_id_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."draft"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circulation" ADD CONSTRAINT "circulation_party_id_party_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature" ADD CONSTRAINT "signature_draft_id_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."draft"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_plan" ADD CONSTRAINT "signing_plan_draft_id_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."draft"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alignment_pair_drafts" ON "alignment_pair" USING btree ("to_draft","from_draft");--> statement-breakpoint
CREATE INDEX "circulation_draft" ON "circulation" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "credential_account" ON "credential" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signature_once" ON "signature" USING btree ("draft_id","signatory");