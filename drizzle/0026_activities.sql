CREATE TABLE "activities" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"type" text NOT NULL,
	"pillar" text NOT NULL,
	"project_id" uuid,
	"capacity" integer,
	"public" boolean DEFAULT true NOT NULL,
	"language" text DEFAULT 'sl' NOT NULL,
	"certificate_min_percent" smallint,
	"registration_closes_at" timestamp with time zone,
	"registration_questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evaluation_questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evaluation_anonymous" boolean DEFAULT false NOT NULL,
	"evaluation_sent_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
CREATE TABLE "activity_organisers" (
	"space_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "activity_organisers_space_id_activity_id_organisation_id_pk" PRIMARY KEY("space_id","activity_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "activity_sessions" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"url" text,
	"address" text,
	"municipality_code" text,
	"unnamed_attendees" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "activity_sessions_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
CREATE TABLE "activity_types" (
	"space_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_types_space_id_code_pk" PRIMARY KEY("space_id","code")
);
--> statement-breakpoint
CREATE TABLE "activity_attendances" (
	"space_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"checked_in_at" timestamp with time zone NOT NULL,
	"checked_in_by" text,
	"method" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_attendances_space_id_registration_id_session_id_pk" PRIMARY KEY("space_id","registration_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "activity_evaluation_responses" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"registration_id" uuid,
	"answers" jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_evaluation_responses_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
CREATE TABLE "activity_registrations" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid,
	"status" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"locale" text DEFAULT 'sl' NOT NULL,
	"check_in_code" text NOT NULL,
	"token_hash" text NOT NULL,
	"offered_until" timestamp with time zone,
	"registered_by" text,
	"source" text NOT NULL,
	"reminded_at" timestamp with time zone,
	"evaluated_at" timestamp with time zone,
	"certificate_code" text,
	"certificate_issued_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_registrations_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_space_id_project_id_projects_space_id_id_fk" FOREIGN KEY ("space_id","project_id") REFERENCES "public"."projects"("space_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_organisers" ADD CONSTRAINT "activity_organisers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_organisers" ADD CONSTRAINT "activity_organisers_space_id_activity_id_activities_space_id_id_fk" FOREIGN KEY ("space_id","activity_id") REFERENCES "public"."activities"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sessions" ADD CONSTRAINT "activity_sessions_space_id_activity_id_activities_space_id_id_fk" FOREIGN KEY ("space_id","activity_id") REFERENCES "public"."activities"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_types" ADD CONSTRAINT "activity_types_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_attendances" ADD CONSTRAINT "activity_attendances_checked_in_by_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_attendances" ADD CONSTRAINT "activity_attendances_space_id_registration_id_activity_registrations_space_id_id_fk" FOREIGN KEY ("space_id","registration_id") REFERENCES "public"."activity_registrations"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_attendances" ADD CONSTRAINT "activity_attendances_space_id_session_id_activity_sessions_space_id_id_fk" FOREIGN KEY ("space_id","session_id") REFERENCES "public"."activity_sessions"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_evaluation_responses" ADD CONSTRAINT "activity_evaluation_responses_space_id_activity_id_activities_space_id_id_fk" FOREIGN KEY ("space_id","activity_id") REFERENCES "public"."activities"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_evaluation_responses" ADD CONSTRAINT "activity_evaluation_responses_space_id_registration_id_activity_registrations_space_id_id_fk" FOREIGN KEY ("space_id","registration_id") REFERENCES "public"."activity_registrations"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_registrations" ADD CONSTRAINT "activity_registrations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_registrations" ADD CONSTRAINT "activity_registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_registrations" ADD CONSTRAINT "activity_registrations_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_registrations" ADD CONSTRAINT "activity_registrations_space_id_activity_id_activities_space_id_id_fk" FOREIGN KEY ("space_id","activity_id") REFERENCES "public"."activities"("space_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activities_id_idx" ON "activities" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "activities_slug_idx" ON "activities" USING btree ("space_id","slug");--> statement-breakpoint
CREATE INDEX "activities_project_idx" ON "activities" USING btree ("space_id","project_id");--> statement-breakpoint
CREATE INDEX "activity_organisers_organisation_idx" ON "activity_organisers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "activity_sessions_activity_idx" ON "activity_sessions" USING btree ("space_id","activity_id","starts_at");--> statement-breakpoint
CREATE INDEX "activity_sessions_starts_idx" ON "activity_sessions" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "activity_evaluation_responses_activity_idx" ON "activity_evaluation_responses" USING btree ("space_id","activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_registrations_person_idx" ON "activity_registrations" USING btree ("space_id","activity_id","person_id") WHERE "activity_registrations"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "activity_registrations_activity_idx" ON "activity_registrations" USING btree ("space_id","activity_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_registrations_code_idx" ON "activity_registrations" USING btree ("space_id","activity_id","check_in_code");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_registrations_token_idx" ON "activity_registrations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_registrations_certificate_idx" ON "activity_registrations" USING btree ("certificate_code");--> statement-breakpoint
CREATE INDEX "activity_registrations_person_lookup_idx" ON "activity_registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "activity_registrations_organisation_idx" ON "activity_registrations" USING btree ("organisation_id");