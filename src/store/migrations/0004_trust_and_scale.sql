CREATE TABLE "audit_state" (
	"ord" bigserial NOT NULL,
	"seq" integer NOT NULL,
	"tbl" text NOT NULL,
	"key" text NOT NULL,
	"digest" text
);
--> statement-breakpoint
CREATE TABLE "key_challenge" (
	"id" text PRIMARY KEY NOT NULL,
	"signatory" text NOT NULL,
	"public_key" text NOT NULL,
	"draft_id" text,
	"issued_to" text NOT NULL,
	"expires_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_budget" (
	"key" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"at_ms" double precision NOT NULL,
	"granted" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"last_failure_at" text NOT NULL,
	"wait_until" text
);
--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "state" text;--> statement-breakpoint
ALTER TABLE "credential" ADD COLUMN "minted_by" text;--> statement-breakpoint
CREATE INDEX "audit_state_seq" ON "audit_state" USING btree ("seq","ord");--> statement-breakpoint
CREATE INDEX "audit_state_row" ON "audit_state" USING btree ("tbl","key");--> statement-breakpoint
CREATE INDEX "sign_in_throttle_last_failure" ON "sign_in_throttle" USING btree ("last_failure_at");--> statement-breakpoint
ALTER TABLE "account" DROP COLUMN "failed_logins";--> statement-breakpoint
ALTER TABLE "account" DROP COLUMN "locked_until";--> statement-breakpoint
-- The state proof (app/stateProof.ts, store/stateTables.ts): a statement trigger on each
-- table that holds record state lists every row an audited write changes in audit_state,
-- under the seq of the entry that records it (set by the appender as parley.audit_seq). A
-- change made outside an audited write (no seq set) is not listed, so `parley audit verify`
-- finds the row differing from the log. An audited write that would update or delete a row
-- whose digest is not the one last recorded stops: it would otherwise launder the edit.
CREATE FUNCTION parley_state_key(r jsonb, cols text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(r ->> c, '/' ORDER BY i) FROM unnest(cols) WITH ORDINALITY AS u(c, i)
$$;
--> statement-breakpoint
CREATE FUNCTION parley_state_digest(r jsonb, ignored text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to((r - ignored)::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE FUNCTION parley_capture_state() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  audit_seq text := current_setting('parley.audit_seq', true);
  checked boolean := coalesce(current_setting('parley.state_checked', true), '') = 'on';
  cols text[] := string_to_array(TG_ARGV[0], ',');
  ignored text[] := coalesce(string_to_array(nullif(TG_ARGV[1], ''), ','), '{}');
  stale text;
BEGIN
  IF audit_seq IS NULL OR audit_seq = '' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO audit_state (seq, tbl, key, digest)
      SELECT audit_seq::bigint, TG_TABLE_NAME, parley_state_key(r, cols), parley_state_digest(r, ignored)
      FROM (SELECT to_jsonb(n) AS r FROM new_rows n) AS rows;
    RETURN NULL;
  END IF;
  IF checked THEN
    SELECT o.key INTO stale
    FROM (
      SELECT parley_state_key(r, cols) AS key, parley_state_digest(r, ignored) AS digest
      FROM (SELECT to_jsonb(o) AS r FROM old_rows o) AS rows
    ) AS o
    WHERE o.digest IS DISTINCT FROM (
      SELECT s.digest FROM audit_state s WHERE s.tbl = TG_TABLE_NAME AND s.key = o.key
      ORDER BY s.seq DESC, s.ord DESC LIMIT 1)
    LIMIT 1;
    IF FOUND THEN
      RAISE EXCEPTION 'parley: % % differs from what the audit log records', TG_TABLE_NAME, stale
        USING ERRCODE = 'PS001', DETAIL = TG_TABLE_NAME || ' ' || stale;
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO audit_state (seq, tbl, key, digest)
      SELECT audit_seq::bigint, TG_TABLE_NAME, parley_state_key(r, cols), NULL
      FROM (SELECT to_jsonb(o) AS r FROM old_rows o) AS rows;
  ELSE
    -- Only rows whose digest changed: an update of ignored columns lists nothing.
    INSERT INTO audit_state (seq, tbl, key, digest)
      SELECT audit_seq::bigint, TG_TABLE_NAME, coalesce(n.key, o.key), n.digest
      FROM (
        SELECT parley_state_key(r, cols) AS key, parley_state_digest(r, ignored) AS digest
        FROM (SELECT to_jsonb(o) AS r FROM old_rows o) AS rows
      ) AS o
      FULL JOIN (
        SELECT parley_state_key(r, cols) AS key, parley_state_digest(r, ignored) AS digest
        FROM (SELECT to_jsonb(n) AS r FROM new_rows n) AS rows
      ) AS n ON n.key = o.key
      WHERE n.digest IS DISTINCT FROM o.digest;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION parley_track_state(tbl text, cols text, ignored text DEFAULT '') RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER parley_state_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION parley_capture_state(%L, %L)', tbl, cols, ignored);
  EXECUTE format('CREATE TRIGGER parley_state_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows '
    'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_capture_state(%L, %L)', tbl, cols, ignored);
  EXECUTE format('CREATE TRIGGER parley_state_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION parley_capture_state(%L, %L)', tbl, cols, ignored);
END
$$;
--> statement-breakpoint
SELECT parley_track_state('negotiation', 'id');--> statement-breakpoint
SELECT parley_track_state('party', 'id');--> statement-breakpoint
SELECT parley_track_state('person', 'id');--> statement-breakpoint
SELECT parley_track_state('track', 'id');--> statement-breakpoint
SELECT parley_track_state('draft', 'id');--> statement-breakpoint
SELECT parley_track_state('provision', 'draft_id,path');--> statement-breakpoint
SELECT parley_track_state('alignment_pair', 'seq');--> statement-breakpoint
SELECT parley_track_state('source', 'id');--> statement-breakpoint
SELECT parley_track_state('source_link', 'a,b');--> statement-breakpoint
SELECT parley_track_state('claim', 'id');--> statement-breakpoint
SELECT parley_track_state('position', 'id');--> statement-breakpoint
SELECT parley_track_state('event', 'id');--> statement-breakpoint
SELECT parley_track_state('circulation', 'id');--> statement-breakpoint
SELECT parley_track_state('signing_plan', 'draft_id');--> statement-breakpoint
SELECT parley_track_state('signature', 'id');--> statement-breakpoint
SELECT parley_track_state('account', 'id');--> statement-breakpoint
SELECT parley_track_state('credential', 'hash');
