CREATE TABLE "project_indicator_actuals" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period_starts_on" date NOT NULL,
	"organisation_id" uuid,
	"value" numeric NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"link" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_indicator_actuals_space_id_id_pk" PRIMARY KEY("space_id","id"),
	CONSTRAINT "project_indicator_actuals_part" UNIQUE NULLS NOT DISTINCT("space_id","indicator_id","period_starts_on","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "project_indicators" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"unit" text NOT NULL,
	"baseline_value" numeric DEFAULT 0 NOT NULL,
	"baseline_on" date,
	"target" numeric NOT NULL,
	"measure" text NOT NULL,
	"periods" jsonb NOT NULL,
	"rule_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_indicators_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
ALTER TABLE "project_indicator_actuals" ADD CONSTRAINT "project_indicator_actuals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicator_actuals" ADD CONSTRAINT "project_indicator_actuals_space_id_indicator_id_project_indicators_space_id_id_fk" FOREIGN KEY ("space_id","indicator_id") REFERENCES "public"."project_indicators"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_space_id_project_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."projects"("space_id","id") ON DELETE cascade ON UPDATE no action;