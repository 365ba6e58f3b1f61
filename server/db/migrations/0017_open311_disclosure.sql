CREATE TABLE "open311_publication" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"publish_summaries" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "report_public_summaries" (
	"organization_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"text" text NOT NULL,
	"approved_by" uuid NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_public_summaries_organization_id_report_id_pk" PRIMARY KEY("organization_id","report_id")
);
--> statement-breakpoint
ALTER TABLE "open311_api_keys" ADD COLUMN "disclosure" text DEFAULT 'public' NOT NULL;--> statement-breakpoint
ALTER TABLE "open311_publication" ADD CONSTRAINT "open311_publication_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open311_publication" ADD CONSTRAINT "open311_publication_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_public_summaries" ADD CONSTRAINT "report_public_summaries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_public_summaries" ADD CONSTRAINT "report_public_summaries_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_public_summaries" ADD CONSTRAINT "report_public_summaries_organization_id_report_id_reports_organization_id_id_fk" FOREIGN KEY ("organization_id","report_id") REFERENCES "public"."reports"("organization_id","id") ON DELETE cascade ON UPDATE no action;