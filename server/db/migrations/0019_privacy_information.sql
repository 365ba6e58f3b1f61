CREATE TABLE "organization_privacy" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"controller_name" text NOT NULL,
	"controller_org_number" text NOT NULL,
	"controller_address" text NOT NULL,
	"public_sector" boolean NOT NULL,
	"dpo_name" text,
	"dpo_email" text NOT NULL,
	"dpo_phone" text,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"contact_web" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "survey_invitation_opt_in" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organization_privacy" ADD CONSTRAINT "organization_privacy_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;