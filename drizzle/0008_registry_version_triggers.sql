-- The directory's counts are cached per registry version (see registry-version.table.ts): every
-- statement that writes a table the counts read sets a new version, in its own transaction. A
-- sequence gives the numbers: unique even across rolled-back transactions and across statements
-- of one transaction (counts cached between two writes of one transaction are not reused after it).
CREATE SEQUENCE "registry_version_seq";
--> statement-breakpoint
INSERT INTO "registry_version" ("only", "version") VALUES (true, nextval('registry_version_seq'));
--> statement-breakpoint
CREATE FUNCTION "bump_registry_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "registry_version" SET "version" = nextval('registry_version_seq');
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "organisations_registry_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organisations"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_registry_version"();
--> statement-breakpoint
CREATE TRIGGER "memberships_registry_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "memberships"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_registry_version"();
--> statement-breakpoint
CREATE TRIGGER "spaces_registry_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "spaces"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_registry_version"();
--> statement-breakpoint
CREATE TRIGGER "fields_of_work_registry_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "fields_of_work"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_registry_version"();
