CREATE TABLE "external_bodies" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"open311_endpoint" text,
	"open311_api_key" text,
	"open311_service_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "external_bodies_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "open311_api_keys" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "open311_api_keys_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "open311_api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "report_categories" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"restricted" boolean DEFAULT false NOT NULL,
	"pillar" text DEFAULT 'physical' NOT NULL,
	"target_days" integer DEFAULT 14 NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "report_categories_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "report_categories_key_unique" UNIQUE("organization_id","key")
);
--> statement-breakpoint
CREATE TABLE "report_updates" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"status" text NOT NULL,
	"public_text" text,
	"internal_note" text,
	"author_user_id" uuid,
	"notification" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_updates_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"tracking_code" text NOT NULL,
	"category_id" uuid NOT NULL,
	"restricted" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"source" text NOT NULL,
	"area_id" uuid,
	"building_id" uuid,
	"entrance_id" uuid,
	"lon" double precision,
	"lat" double precision,
	"location_text" text,
	"description" text NOT NULL,
	"locale" text DEFAULT 'sv' NOT NULL,
	"reporter_name" text,
	"reporter_email" text,
	"reporter_phone" text,
	"wants_updates" boolean DEFAULT false NOT NULL,
	"contact_consent_at" timestamp with time zone,
	"contact_withdrawn_at" timestamp with time zone,
	"content_hash" text NOT NULL,
	"duplicate_of_id" uuid,
	"work_order_id" uuid,
	"reject_reason" text,
	"forwarded_to_id" uuid,
	"public_reply" text,
	"api_key_id" uuid,
	"first_response_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "reports_tracking_code_unique" UNIQUE("tracking_code")
);
--> statement-breakpoint
CREATE TABLE "response_templates" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"category_id" uuid,
	"status" text NOT NULL,
	"locale" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "response_templates_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "response_templates_unique" UNIQUE NULLS NOT DISTINCT("organization_id","category_id","status","locale")
);
--> statement-breakpoint
CREATE TABLE "photos" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"phase" text,
	"storage_key" text NOT NULL,
	"content_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "photos_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "work_order_comments" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_order_comments_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "work_orders" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" integer NOT NULL,
	"pillar" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"area_id" uuid NOT NULL,
	"building_id" uuid,
	"entrance_id" uuid,
	"lon" double precision,
	"lat" double precision,
	"assignee_user_id" uuid,
	"contractor" text,
	"due_date" date,
	"priority" text DEFAULT 'normal' NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"cost" numeric(12, 2),
	"resolution" text,
	"created_by_user_id" uuid,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_orders_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "work_orders_number_unique" UNIQUE("organization_id","number")
);
--> statement-breakpoint
ALTER TABLE "external_bodies" ADD CONSTRAINT "external_bodies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open311_api_keys" ADD CONSTRAINT "open311_api_keys_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_categories" ADD CONSTRAINT "report_categories_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_updates" ADD CONSTRAINT "report_updates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_updates" ADD CONSTRAINT "report_updates_organization_id_report_id_reports_organization_id_id_fk" FOREIGN KEY ("organization_id","report_id") REFERENCES "public"."reports"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_organization_id_category_id_report_categories_organization_id_id_fk" FOREIGN KEY ("organization_id","category_id") REFERENCES "public"."report_categories"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_organization_id_area_id_areas_organization_id_id_fk" FOREIGN KEY ("organization_id","area_id") REFERENCES "public"."areas"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_templates" ADD CONSTRAINT "response_templates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_comments" ADD CONSTRAINT "work_order_comments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_comments" ADD CONSTRAINT "work_order_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_comments" ADD CONSTRAINT "work_order_comments_organization_id_work_order_id_work_orders_organization_id_id_fk" FOREIGN KEY ("organization_id","work_order_id") REFERENCES "public"."work_orders"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_organization_id_area_id_areas_organization_id_id_fk" FOREIGN KEY ("organization_id","area_id") REFERENCES "public"."areas"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_updates_report_idx" ON "report_updates" USING btree ("organization_id","report_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_inbox_idx" ON "reports" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "reports_area_idx" ON "reports" USING btree ("organization_id","area_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_position_idx" ON "reports" USING btree ("organization_id","lon","lat");--> statement-breakpoint
CREATE INDEX "reports_work_order_idx" ON "reports" USING btree ("organization_id","work_order_id");--> statement-breakpoint
CREATE INDEX "photos_owner_idx" ON "photos" USING btree ("organization_id","owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "work_orders_status_idx" ON "work_orders" USING btree ("organization_id","status","due_date");--> statement-breakpoint
CREATE INDEX "work_orders_assignee_idx" ON "work_orders" USING btree ("organization_id","assignee_user_id","status");