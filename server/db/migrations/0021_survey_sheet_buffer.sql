CREATE TABLE "survey_sheet_buffer" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"submission_hash" text NOT NULL,
	"sheet" jsonb NOT NULL,
	"flush_after" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_sheet_buffer_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "survey_sheet_buffer_submission_hash_unique" UNIQUE("submission_hash")
);
--> statement-breakpoint
ALTER TABLE "survey_codes" ADD COLUMN "claim_hash" text;--> statement-breakpoint
ALTER TABLE "survey_sheet_buffer" ADD CONSTRAINT "survey_sheet_buffer_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;