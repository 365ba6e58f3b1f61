-- Break-glass grants (who opened which restricted report, with the reason) are part of the access
-- record, like the audit log, and kept as long: refused UPDATE and TRUNCATE as before, and DELETE
-- only once a row is past its organization's audit retention (the same guard as audit_log's), so
-- the retention job can remove old reasons and nothing else can remove a recent one.
DROP TRIGGER report_break_glass_append_only ON report_break_glass;
--> statement-breakpoint
CREATE TRIGGER report_break_glass_append_only
  BEFORE UPDATE ON report_break_glass
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
    RAISE EXCEPTION '% rows are deleted only after their retention of % months', TG_TABLE_NAME, months
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER report_break_glass_delete_after_retention
  BEFORE DELETE ON report_break_glass
  FOR EACH ROW EXECUTE FUNCTION trygg_audit_delete_guard();
