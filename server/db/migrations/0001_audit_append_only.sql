-- The audit log is append-only: reject any UPDATE or DELETE, whoever issues it.
-- Cheap: a statement-level check that only fires on writes that should never happen.
CREATE OR REPLACE FUNCTION trygg_reject_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION trygg_reject_change();
