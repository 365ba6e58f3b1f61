CREATE TABLE "survey_answers" (
	"organization_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"question_key" text NOT NULL,
	"value" smallint,
	"dont_know" boolean DEFAULT false NOT NULL,
	CONSTRAINT "survey_answers_organization_id_response_id_question_key_pk" PRIMARY KEY("organization_id","response_id","question_key"),
	CONSTRAINT "survey_answers_value_check" CHECK (("survey_answers"."value" between 1 and 4 and not "survey_answers"."dont_know") or ("survey_answers"."value" is null and "survey_answers"."dont_know"))
);
--> statement-breakpoint
CREATE TABLE "survey_codes" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"apartment_id" uuid,
	"area_id" uuid NOT NULL,
	"building_id" uuid,
	"entrance_id" uuid,
	"code_hash" text NOT NULL,
	"used_on" date,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_codes_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "survey_codes_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "survey_map_points" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	CONSTRAINT "survey_map_points_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"building_id" uuid,
	"entrance_id" uuid,
	"answered_month" date NOT NULL,
	"channel" text NOT NULL,
	"age_group" text,
	"gender" text,
	"years_in_area" text,
	"free_text" text,
	"submission_hash" text,
	CONSTRAINT "survey_responses_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "survey_responses_submission_hash_unique" UNIQUE("submission_hash")
);
--> statement-breakpoint
CREATE TABLE "survey_targets" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"measure_key" text NOT NULL,
	"share" double precision NOT NULL,
	CONSTRAINT "survey_targets_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "survey_targets_unique" UNIQUE("organization_id","area_id","year","measure_key")
);
--> statement-breakpoint
CREATE TABLE "survey_waves" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'wave' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"question_keys" jsonb NOT NULL,
	"area_ids" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "survey_waves_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_organization_id_response_id_survey_responses_organization_id_id_fk" FOREIGN KEY ("organization_id","response_id") REFERENCES "public"."survey_responses"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_codes" ADD CONSTRAINT "survey_codes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_codes" ADD CONSTRAINT "survey_codes_organization_id_wave_id_survey_waves_organization_id_id_fk" FOREIGN KEY ("organization_id","wave_id") REFERENCES "public"."survey_waves"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_map_points" ADD CONSTRAINT "survey_map_points_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_map_points" ADD CONSTRAINT "survey_map_points_organization_id_wave_id_survey_waves_organization_id_id_fk" FOREIGN KEY ("organization_id","wave_id") REFERENCES "public"."survey_waves"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_organization_id_wave_id_survey_waves_organization_id_id_fk" FOREIGN KEY ("organization_id","wave_id") REFERENCES "public"."survey_waves"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_organization_id_area_id_areas_organization_id_id_fk" FOREIGN KEY ("organization_id","area_id") REFERENCES "public"."areas"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_targets" ADD CONSTRAINT "survey_targets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_targets" ADD CONSTRAINT "survey_targets_organization_id_area_id_areas_organization_id_id_fk" FOREIGN KEY ("organization_id","area_id") REFERENCES "public"."areas"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD CONSTRAINT "survey_waves_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_codes_wave_idx" ON "survey_codes" USING btree ("organization_id","wave_id","area_id","building_id");--> statement-breakpoint
CREATE INDEX "survey_responses_wave_area_idx" ON "survey_responses" USING btree ("organization_id","wave_id","area_id","building_id");