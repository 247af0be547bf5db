CREATE TABLE "project_covers" (
	"space_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"alt" jsonb NOT NULL,
	"credit" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_covers_space_id_project_id_pk" PRIMARY KEY("space_id","project_id")
);
--> statement-breakpoint
ALTER TABLE "project_covers" ADD CONSTRAINT "project_covers_space_id_project_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."projects"("space_id","id") ON DELETE cascade ON UPDATE no action;