CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unique_key" text,
	"schedule" jsonb,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"failed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jobs_unique_key_unique" UNIQUE("unique_key")
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"kind" text NOT NULL,
	"rule" text NOT NULL,
	"period" integer NOT NULL,
	"unit" text NOT NULL,
	"decision" text,
	"rows" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "retention_settings" (
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period" integer NOT NULL,
	"decision" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_settings_organization_id_kind_pk" PRIMARY KEY("organization_id","kind")
);
--> statement-breakpoint
CREATE TABLE "survey_code_tallies" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"building_id" uuid,
	"issued" integer NOT NULL,
	"used" integer NOT NULL,
	"counted_on" date DEFAULT now() NOT NULL,
	CONSTRAINT "survey_code_tallies_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_code_tallies" ADD CONSTRAINT "survey_code_tallies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_code_tallies" ADD CONSTRAINT "survey_code_tallies_organization_id_wave_id_survey_waves_organization_id_id_fk" FOREIGN KEY ("organization_id","wave_id") REFERENCES "public"."survey_waves"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at");--> statement-breakpoint
CREATE INDEX "retention_runs_org_idx" ON "retention_runs" USING btree ("organization_id","started_at");--> statement-breakpoint
CREATE INDEX "survey_code_tallies_wave_idx" ON "survey_code_tallies" USING btree ("organization_id","wave_id");--> statement-breakpoint
CREATE INDEX "report_updates_texts_idx" ON "report_updates" USING btree ("organization_id","report_id") WHERE "report_updates"."public_text" is not null or "report_updates"."internal_note" is not null;--> statement-breakpoint
CREATE INDEX "reports_contact_due_idx" ON "reports" USING btree ("organization_id","closed_at") WHERE "reports"."closed_at" is not null and ("reports"."reporter_name" is not null or "reports"."reporter_email" is not null or "reports"."reporter_phone" is not null);--> statement-breakpoint
CREATE INDEX "reports_texts_due_idx" ON "reports" USING btree ("organization_id","closed_at") WHERE "reports"."closed_at" is not null and "reports"."description" <> '';--> statement-breakpoint
CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" USING btree ("created_at");--> statement-breakpoint
-- hand-written:
-- The audit log stays append-only, with one sanctioned exception: retention (gallring). UPDATE
-- and TRUNCATE (0002) are still refused for everyone. DELETE is checked row by row: a row may go only
-- once it is older than its organization's audit retention (retention_settings, else the
-- default of 60 months) and never before the 24-month minimum (common/retention/schedule.ts).
-- So not even the application role can remove a recent row, which is what append-only was for;
-- and the retention job needs no second database role (PGlite has only one).
DROP TRIGGER audit_log_append_only ON audit_log;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION trygg_reject_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trygg_audit_delete_guard() RETURNS trigger AS $$
DECLARE
  months integer;
BEGIN
  SELECT greatest(24, coalesce((
    SELECT period FROM retention_settings
    WHERE organization_id = OLD.organization_id AND kind = 'audit_log'
  ), 60)) INTO months;
  IF OLD.created_at >= now() - make_interval(months => months) THEN
    RAISE EXCEPTION 'audit_log rows are deleted only after their retention of % months', months
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_delete_after_retention
  BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION trygg_audit_delete_guard();
