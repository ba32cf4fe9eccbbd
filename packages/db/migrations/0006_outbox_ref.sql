ALTER TABLE "outbox" ADD COLUMN "ref" text;--> statement-breakpoint
CREATE INDEX "outbox_ref_idx" ON "outbox" USING btree ("ref") WHERE "outbox"."ref" is not null;