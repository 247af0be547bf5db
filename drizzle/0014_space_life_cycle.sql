CREATE TABLE "space_slug_history" (
	"slug" text PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "space_slug_history" ADD CONSTRAINT "space_slug_history_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "space_slug_history_space_idx" ON "space_slug_history" USING btree ("space_id");