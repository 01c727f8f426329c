CREATE TABLE "request_budget" (
	"key" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"at_ms" double precision NOT NULL,
	"granted" boolean NOT NULL
);
