CREATE TABLE "survey_questions" (
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "survey_questions_organization_id_key_pk" PRIMARY KEY("organization_id","key")
);
--> statement-breakpoint
CREATE TABLE "survey_rollups" (
	"organization_id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"answered_month" date NOT NULL,
	"scope" text NOT NULL,
	"scope_id" uuid NOT NULL,
	"area_id" uuid,
	"question_key" text NOT NULL,
	"group_key" text NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"positive" integer DEFAULT 0 NOT NULL,
	"dont_know" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_rollups_organization_id_wave_id_answered_month_scope_scope_id_question_key_group_key_pk" PRIMARY KEY("organization_id","wave_id","answered_month","scope","scope_id","question_key","group_key")
);
--> statement-breakpoint
CREATE TABLE "survey_theme_corrections" (
	"organization_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"theme_key" text NOT NULL,
	"action" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_theme_corrections_organization_id_response_id_theme_key_pk" PRIMARY KEY("organization_id","response_id","theme_key")
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "survey_benchmark_opt_in" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_codes" ADD COLUMN "invite_email" text;--> statement-breakpoint
ALTER TABLE "survey_codes" ADD COLUMN "invite_reason" text;--> statement-breakpoint
ALTER TABLE "survey_codes" ADD COLUMN "expires_on" date;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rollups" ADD CONSTRAINT "survey_rollups_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rollups" ADD CONSTRAINT "survey_rollups_organization_id_wave_id_survey_waves_organization_id_id_fk" FOREIGN KEY ("organization_id","wave_id") REFERENCES "public"."survey_waves"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_theme_corrections" ADD CONSTRAINT "survey_theme_corrections_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_theme_corrections" ADD CONSTRAINT "survey_theme_corrections_organization_id_response_id_survey_responses_organization_id_id_fk" FOREIGN KEY ("organization_id","response_id") REFERENCES "public"."survey_responses"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_rollups_scope_idx" ON "survey_rollups" USING btree ("scope","group_key","question_key","answered_month");