CREATE TABLE "project_funding_lines" (
	"space_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid,
	"name" text,
	"fund" text,
	"programme" text,
	"priority_axis" text,
	"investment_priority" text,
	"specific_objective" text,
	"amount" numeric(14, 2) NOT NULL,
	CONSTRAINT "project_funding_lines_space_id_project_id_position_pk" PRIMARY KEY("space_id","project_id","position")
);
--> statement-breakpoint
CREATE TABLE "project_money" (
	"space_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"total" numeric(14, 2) NOT NULL,
	"call_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_money_space_id_project_id_pk" PRIMARY KEY("space_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "public_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb NOT NULL,
	"funder_organisation_id" uuid,
	"fund" text,
	"reference" text,
	"year" integer NOT NULL,
	"lot" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "project_funding_lines" ADD CONSTRAINT "project_funding_lines_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_funding_lines" ADD CONSTRAINT "project_funding_lines_space_id_project_id_project_money_space_id_project_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."project_money"("space_id","project_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_money" ADD CONSTRAINT "project_money_call_id_public_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."public_calls"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_money" ADD CONSTRAINT "project_money_space_id_project_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."projects"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_calls" ADD CONSTRAINT "public_calls_funder_organisation_id_organisations_id_fk" FOREIGN KEY ("funder_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;