CREATE TABLE "survey_rollup_pending" (
	"organization_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	CONSTRAINT "survey_rollup_pending_organization_id_response_id_pk" PRIMARY KEY("organization_id","response_id")
);
--> statement-breakpoint
DROP INDEX "survey_rollups_key_idx";--> statement-breakpoint
DROP INDEX "survey_rollups_pending_idx";--> statement-breakpoint
-- 0008 let a key have several rows (appended per answer sheet); fold them into one before the key is unique again.
CREATE TEMP TABLE "survey_rollups_folded" AS
  SELECT "organization_id", "wave_id", "answered_month", "scope", "scope_id", "area_id", "question_key", "group_key",
         sum("answered")::int AS "answered", sum("positive")::int AS "positive", sum("dont_know")::int AS "dont_know"
    FROM "survey_rollups"
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  HAVING count(*) > 1;--> statement-breakpoint
DELETE FROM "survey_rollups" r USING "survey_rollups_folded" f
 WHERE r."organization_id" = f."organization_id" AND r."wave_id" = f."wave_id" AND r."answered_month" = f."answered_month"
   AND r."scope" = f."scope" AND r."scope_id" = f."scope_id" AND r."question_key" = f."question_key"
   AND r."group_key" = f."group_key";--> statement-breakpoint
INSERT INTO "survey_rollups" ("organization_id", "wave_id", "answered_month", "scope", "scope_id", "area_id", "question_key", "group_key", "answered", "positive", "dont_know")
  SELECT * FROM "survey_rollups_folded";--> statement-breakpoint
DROP TABLE "survey_rollups_folded";--> statement-breakpoint
ALTER TABLE "survey_rollups" ADD CONSTRAINT "survey_rollups_organization_id_wave_id_answered_month_scope_scope_id_question_key_group_key_pk" PRIMARY KEY("organization_id","wave_id","answered_month","scope","scope_id","question_key","group_key");--> statement-breakpoint
ALTER TABLE "survey_rollups" DROP COLUMN "compacted";