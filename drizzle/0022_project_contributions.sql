CREATE TABLE "project_contributions" (
	"space_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"strategy" jsonb NOT NULL,
	"goal" jsonb,
	"contribution" jsonb NOT NULL,
	CONSTRAINT "project_contributions_space_id_project_id_position_pk" PRIMARY KEY("space_id","project_id","position")
);
--> statement-breakpoint
ALTER TABLE "project_contributions" ADD CONSTRAINT "project_contributions_space_id_project_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."projects"("space_id","id") ON DELETE cascade ON UPDATE no action;