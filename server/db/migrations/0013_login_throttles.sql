CREATE TABLE "login_throttles" (
	"account_key" text NOT NULL,
	"address" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone,
	"blocked_until" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	CONSTRAINT "login_throttles_account_key_address_pk" PRIMARY KEY("account_key","address")
);
--> statement-breakpoint
CREATE INDEX "login_throttles_address_idx" ON "login_throttles" USING btree ("address");--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "failed_login_count";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";