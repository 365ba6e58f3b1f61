ALTER TABLE "reports" ALTER COLUMN "content_hash" DROP NOT NULL;--> statement-breakpoint
-- hand-written:
-- Every stored idempotency hash was a sha256 over the submission including the reporter's name,
-- e-mail and phone: anyone holding the database (or a backup) could confirm a guessed identity
-- against it, also after the reporter withdrew their contact details. They cannot be recomputed
-- without contact details in SQL (the hash is over the intake's canonical JSON), so they are
-- discarded: a retry of a report made before this migration is refused as other content (409).
UPDATE "reports" SET "content_hash" = NULL;
