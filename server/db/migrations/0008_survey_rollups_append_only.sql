ALTER TABLE "survey_rollups" DROP CONSTRAINT "survey_rollups_organization_id_wave_id_answered_month_scope_scope_id_question_key_group_key_pk";--> statement-breakpoint
-- Rows already there are one per key: compacted. New rows default to not yet compacted.
ALTER TABLE "survey_rollups" ADD COLUMN "compacted" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_rollups" ALTER COLUMN "compacted" SET DEFAULT false;--> statement-breakpoint
CREATE INDEX "survey_rollups_key_idx" ON "survey_rollups" USING btree ("organization_id","wave_id","answered_month","scope","scope_id","question_key","group_key");--> statement-breakpoint
CREATE INDEX "survey_rollups_pending_idx" ON "survey_rollups" USING btree ("organization_id") WHERE not "survey_rollups"."compacted";