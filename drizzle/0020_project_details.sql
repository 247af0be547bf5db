CREATE TABLE "project_links" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"url" text NOT NULL,
	CONSTRAINT "project_links_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_objectives" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"parent_id" uuid,
	"title" jsonb NOT NULL,
	"description" jsonb,
	CONSTRAINT "project_objectives_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_results" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"objective_id" uuid NOT NULL,
	"text" jsonb NOT NULL,
	CONSTRAINT "project_results_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_strands" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	CONSTRAINT "project_strands_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "problem" jsonb;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "goal" jsonb;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "predecessor_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "from_profile" jsonb;--> statement-breakpoint
ALTER TABLE "project_links" ADD CONSTRAINT "project_links_space_id_project_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."projects"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_objectives" ADD CONSTRAINT "project_objectives_space_id_project_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."projects"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_objectives" ADD CONSTRAINT "project_objectives_space_id_parent_id_project_objectives_space_id_id_fk" FOREIGN KEY ("space_id","parent_id") REFERENCES "public"."project_objectives"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_results" ADD CONSTRAINT "project_results_space_id_project_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."projects"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_results" ADD CONSTRAINT "project_results_space_id_objective_id_project_objectives_space_id_id_fk" FOREIGN KEY ("space_id","objective_id") REFERENCES "public"."project_objectives"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_strands" ADD CONSTRAINT "project_strands_space_id_project_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."projects"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_space_id_predecessor_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","predecessor_id") REFERENCES "public"."projects"("space_id","id") ON DELETE no action ON UPDATE no action;