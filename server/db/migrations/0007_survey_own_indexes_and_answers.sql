CREATE TABLE "survey_choice_answers" (
	"organization_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"question_key" text NOT NULL,
	"option_key" text NOT NULL,
	CONSTRAINT "survey_choice_answers_organization_id_response_id_question_key_option_key_pk" PRIMARY KEY("organization_id","response_id","question_key","option_key")
);
--> statement-breakpoint
CREATE TABLE "survey_indexes" (
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" jsonb NOT NULL,
	"item_keys" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "survey_indexes_organization_id_key_pk" PRIMARY KEY("organization_id","key")
);
--> statement-breakpoint
CREATE TABLE "survey_text_answers" (
	"organization_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"question_key" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "survey_text_answers_organization_id_response_id_question_key_pk" PRIMARY KEY("organization_id","response_id","question_key")
);
--> statement-breakpoint
ALTER TABLE "survey_choice_answers" ADD CONSTRAINT "survey_choice_answers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_choice_answers" ADD CONSTRAINT "survey_choice_answers_organization_id_response_id_survey_responses_organization_id_id_fk" FOREIGN KEY ("organization_id","response_id") REFERENCES "public"."survey_responses"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_indexes" ADD CONSTRAINT "survey_indexes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_text_answers" ADD CONSTRAINT "survey_text_answers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_text_answers" ADD CONSTRAINT "survey_text_answers_organization_id_response_id_survey_responses_organization_id_id_fk" FOREIGN KEY ("organization_id","response_id") REFERENCES "public"."survey_responses"("organization_id","id") ON DELETE no action ON UPDATE no action;