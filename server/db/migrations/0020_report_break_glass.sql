CREATE TABLE "report_break_glass" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_break_glass_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "report_break_glass" ADD CONSTRAINT "report_break_glass_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_break_glass" ADD CONSTRAINT "report_break_glass_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_break_glass_open_idx" ON "report_break_glass" USING btree ("organization_id","report_id","user_id","expires_at");--> statement-breakpoint
-- hand-written:
-- Break-glass grants are part of the record, like the audit log: reject UPDATE, DELETE and
-- TRUNCATE, whoever issues them (trygg_reject_change is from migration 0001).
CREATE TRIGGER report_break_glass_append_only
  BEFORE UPDATE OR DELETE ON report_break_glass
  FOR EACH STATEMENT EXECUTE FUNCTION trygg_reject_change();
--> statement-breakpoint
CREATE TRIGGER report_break_glass_no_truncate
  BEFORE TRUNCATE ON report_break_glass
  FOR EACH STATEMENT EXECUTE FUNCTION trygg_reject_change();
