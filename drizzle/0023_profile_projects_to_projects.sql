-- The space profile stops holding a project (issue 12): each profile's project is set aside, whole,
-- in `projects.from_profile.profileProject` of the space's project of the same title (made here if
-- there is none), before 0024 drops `spaces.support_project`. The app and the CLI then spread it over
-- the projects' tables after migrating (moveProfileProjects), keeping in from_profile what no table takes.
UPDATE "projects" AS p
SET "from_profile" = coalesce(p."from_profile", '{}'::jsonb) || jsonb_build_object('profileProject', s."support_project"),
	"updated_at" = now()
FROM "spaces" AS s
WHERE s."support_project" IS NOT NULL
	AND p."space_id" = s."id"
	AND p."id" = (
		SELECT first."id" FROM "projects" AS first
		WHERE first."space_id" = s."id" AND first."title"->>'sl' = s."support_project"->'title'->>'sl'
		ORDER BY first."created_at", first."id" LIMIT 1
	);
--> statement-breakpoint
WITH waiting AS (
	SELECT s."id" AS space_id, s."support_project" AS support,
		coalesce(nullif(left(trim(BOTH '-' FROM regexp_replace(lower(f_unaccent(coalesce(s."support_project"->>'acronym', s."support_project"->'title'->>'sl'))), '[^a-z0-9]+', '-', 'g')), 60), ''), 'projekt') AS slug
	FROM "spaces" AS s
	WHERE s."support_project" IS NOT NULL
		AND NOT EXISTS (
			SELECT 1 FROM "projects" AS p
			WHERE p."space_id" = s."id" AND p."title"->>'sl' = s."support_project"->'title'->>'sl'
		)
)
INSERT INTO "projects" ("space_id", "slug", "title", "acronym", "starts_on", "ends_on", "from_profile")
SELECT w.space_id,
	-- an address another project of the space has already gets a suffix
	CASE WHEN EXISTS (SELECT 1 FROM "projects" AS p WHERE p."space_id" = w.space_id AND p."slug" = w.slug)
		THEN left(w.slug, 50) || '-' || left(md5(w.space_id::text || clock_timestamp()::text), 6) ELSE w.slug END,
	w.support->'title',
	w.support->>'acronym',
	(w.support->>'startDate')::date,
	(w.support->>'endDate')::date,
	jsonb_build_object('profileProject', w.support)
FROM waiting AS w;
--> statement-breakpoint
UPDATE "spaces" SET "support_project" = NULL WHERE "support_project" IS NOT NULL;
