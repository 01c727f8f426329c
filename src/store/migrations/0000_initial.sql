CREATE TABLE "audit" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" text NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "draft" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"label" text NOT NULL,
	"title" text,
	"date" text NOT NULL,
	"author_id" text,
	"parents" jsonb NOT NULL,
	"state" text NOT NULL,
	"preamble" text NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"date" text NOT NULL,
	"end_date" text,
	"place" text,
	"status" text NOT NULL,
	"participants" jsonb NOT NULL,
	"sources" jsonb NOT NULL,
	"replaces" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "negotiation" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"aliases" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"office" text,
	"party_id" text,
	"aliases" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "position" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"party_id" text NOT NULL,
	"draft_id" text NOT NULL,
	"provision_path" text NOT NULL,
	"lineage" text NOT NULL,
	"stance" text NOT NULL,
	"wording" text,
	"note" text,
	"as_of" text NOT NULL,
	"source_id" text,
	"recorded_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provision" (
	"draft_id" text NOT NULL,
	"path" text NOT NULL,
	"ordinal" integer NOT NULL,
	"number" text NOT NULL,
	"parent_path" text,
	"heading" text,
	"text" text NOT NULL,
	"topics" jsonb NOT NULL,
	"track_id" text,
	"lineage" text NOT NULL,
	CONSTRAINT "provision_draft_id_path_pk" PRIMARY KEY("draft_id","path")
);
--> statement-breakpoint
CREATE TABLE "source" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"outlet" text NOT NULL,
	"date" text NOT NULL,
	"kind" text NOT NULL,
	"url" text,
	"author" text,
	"reliability" text NOT NULL,
	"raw_text" text,
	"clean_text" text
);
--> statement-breakpoint
CREATE TABLE "track" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"parties" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "draft" ADD CONSTRAINT "draft_author_id_party_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_party_id_party_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position" ADD CONSTRAINT "position_party_id_party_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position" ADD CONSTRAINT "position_draft_id_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."draft"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position" ADD CONSTRAINT "position_source_id_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."source"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision" ADD CONSTRAINT "provision_draft_id_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."draft"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision" ADD CONSTRAINT "provision_track_id_track_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."track"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "position_lineage_party" ON "position" USING btree ("lineage","party_id");--> statement-breakpoint
CREATE INDEX "provision_lineage" ON "provision" USING btree ("lineage");