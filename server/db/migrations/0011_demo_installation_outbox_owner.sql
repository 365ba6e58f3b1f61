CREATE TABLE "installation" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"demo_seeded_at" timestamp with time zone,
	CONSTRAINT "installation_single_row" CHECK ("installation"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- hand-written:
-- A database that `npm start` seeded with the demo before this fact was recorded keeps its demo
-- mode: the demo companies have fixed name-based ids (server/seed/demo-ids.ts) no real company has.
INSERT INTO "installation" ("id", "demo_seeded_at")
SELECT 1, min("created_at") FROM "organizations"
WHERE "id" IN ('ac8a639a-5267-5a05-b0c8-ddff6cee5876', 'efdcca1e-54ca-5ea7-91cc-a96b89ebe387')
HAVING count(*) > 0;
