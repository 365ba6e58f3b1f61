CREATE TABLE "survey_open_links" (
	"organization_id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"entrance_id" uuid NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_open_links_organization_id_wave_id_entrance_id_pk" PRIMARY KEY("organization_id","wave_id","entrance_id"),
	CONSTRAINT "survey_open_links_token_unique" UNIQUE("token")
);
--> statement-breakpoint
ALTER TABLE "survey_waves" ADD COLUMN "changed_after_close_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "survey_open_links" ADD CONSTRAINT "survey_open_links_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_open_links" ADD CONSTRAINT "survey_open_links_organization_id_wave_id_survey_waves_organization_id_id_fk" FOREIGN KEY ("organization_id","wave_id") REFERENCES "public"."survey_waves"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_open_links" ADD CONSTRAINT "survey_open_links_organization_id_entrance_id_entrances_organization_id_id_fk" FOREIGN KEY ("organization_id","entrance_id") REFERENCES "public"."entrances"("organization_id","id") ON DELETE no action ON UPDATE no action;