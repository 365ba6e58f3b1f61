ALTER TABLE "users" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
-- 0001 rejects UPDATE and DELETE on the audit log; TRUNCATE is a separate operation that
-- statement triggers on UPDATE/DELETE do not see, so reject it as well.
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION trygg_reject_change();
