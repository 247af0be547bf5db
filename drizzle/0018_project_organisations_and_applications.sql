CREATE TABLE "membership_applications" (
	"space_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"locale" text NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_applications_space_id_organisation_id_pk" PRIMARY KEY("space_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "project_organisations" (
	"space_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_organisations_space_id_project_id_organisation_id_role_pk" PRIMARY KEY("space_id","project_id","organisation_id","role")
);
--> statement-breakpoint
ALTER TABLE "projects" ALTER COLUMN "starts_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "membership_applications" ADD CONSTRAINT "membership_applications_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_applications" ADD CONSTRAINT "membership_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_organisations" ADD CONSTRAINT "project_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_organisations" ADD CONSTRAINT "project_organisations_space_id_project_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."projects"("space_id","id") ON DELETE cascade ON UPDATE no action;