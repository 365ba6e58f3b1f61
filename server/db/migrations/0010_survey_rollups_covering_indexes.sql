DROP INDEX "survey_rollups_scope_idx";--> statement-breakpoint
DROP INDEX "survey_rollups_organization_scope_idx";--> statement-breakpoint
CREATE INDEX "survey_rollups_scope_idx" ON "survey_rollups" USING btree ("scope","group_key","question_key","answered_month","organization_id","answered","positive","dont_know");--> statement-breakpoint
CREATE INDEX "survey_rollups_organization_scope_idx" ON "survey_rollups" USING btree ("organization_id","scope","group_key","question_key","wave_id","answered_month","scope_id","answered","positive","dont_know");