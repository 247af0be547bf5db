CREATE TABLE "post_images" (
	"space_id" uuid NOT NULL,
	"image_id" uuid NOT NULL,
	"width" integer NOT NULL,
	"format" text NOT NULL,
	"height" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_images_space_id_image_id_width_format_pk" PRIMARY KEY("space_id","image_id","width","format")
);
--> statement-breakpoint
CREATE TABLE "post_translations" (
	"space_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	CONSTRAINT "post_translations_space_id_post_id_locale_pk" PRIMARY KEY("space_id","post_id","locale")
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"publish_at" timestamp with time zone NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"project_id" uuid,
	"activity_id" uuid,
	"cover_image_id" uuid,
	"cover_alt" jsonb,
	"cover_credit" jsonb,
	"author_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "posts_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
ALTER TABLE "post_images" ADD CONSTRAINT "post_images_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_translations" ADD CONSTRAINT "post_translations_space_id_post_id_posts_space_id_id_fk" FOREIGN KEY ("space_id","post_id") REFERENCES "public"."posts"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_space_id_project_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."projects"("space_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_space_id_activity_id_activities_space_id_id_fk" FOREIGN KEY ("space_id","activity_id") REFERENCES "public"."activities"("space_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "post_translations_slug_idx" ON "post_translations" USING btree ("space_id","locale","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "posts_id_idx" ON "posts" USING btree ("id");--> statement-breakpoint
CREATE INDEX "posts_public_idx" ON "posts" USING btree ("space_id","status","publish_at");--> statement-breakpoint
CREATE INDEX "posts_published_idx" ON "posts" USING btree ("status","publish_at");