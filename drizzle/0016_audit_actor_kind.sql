ALTER TABLE "audit_log" ADD COLUMN "actor_kind" text;
--> statement-breakpoint
UPDATE "audit_log" SET "actor_kind" = CASE
	WHEN "actor_user_id" IS NOT NULL THEN 'person'
	WHEN "actor_label" = 'command line' THEN 'cli'
	WHEN "actor_label" = 'anonymous' THEN 'anonymous'
	ELSE 'system'
END;
--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "actor_kind" SET NOT NULL;
