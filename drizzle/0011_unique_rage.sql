DROP INDEX "invitations_space_idx";--> statement-breakpoint
-- two invitations sent at once could both stay open; the newer one replaces the older, as the app does
DELETE FROM "invitations" "older" USING "invitations" "newer"
WHERE "older"."accepted_at" IS NULL AND "newer"."accepted_at" IS NULL AND "older"."space_id" = "newer"."space_id"
	AND "older"."email" = "newer"."email" AND ("older"."created_at", "older"."id") < ("newer"."created_at", "newer"."id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_open_idx" ON "invitations" USING btree ("space_id","email") WHERE "invitations"."accepted_at" is null;