CREATE TABLE "call_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"space_id" uuid,
	"status" text NOT NULL,
	"applied_on" date,
	"decided_on" date,
	"granted_amount" numeric(16, 2),
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_deadlines" (
	"call_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"due_on" date NOT NULL,
	"due_time" time,
	"note" text,
	CONSTRAINT "call_deadlines_call_id_position_pk" PRIMARY KEY("call_id","position")
);
--> statement-breakpoint
CREATE TABLE "call_terms" (
	"call_id" uuid PRIMARY KEY NOT NULL,
	"link" text,
	"published_on" date,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"total_amount" numeric(16, 2),
	"amount_min" numeric(16, 2),
	"amount_max" numeric(16, 2),
	"legal_forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"cofinancing_required" boolean,
	"cofinancing_share" numeric(5, 2),
	"closed" boolean DEFAULT false NOT NULL,
	"entered_in_space_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_call_id_public_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."public_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_deadlines" ADD CONSTRAINT "call_deadlines_call_id_public_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."public_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_terms" ADD CONSTRAINT "call_terms_call_id_public_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."public_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_terms" ADD CONSTRAINT "call_terms_entered_in_space_id_spaces_id_fk" FOREIGN KEY ("entered_in_space_id") REFERENCES "public"."spaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_applications_call_idx" ON "call_applications" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "call_applications_organisation_idx" ON "call_applications" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "call_deadlines_due_idx" ON "call_deadlines" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "call_terms_fields_idx" ON "call_terms" USING gin ("fields");