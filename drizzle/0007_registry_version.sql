CREATE TABLE "registry_version" (
	"only" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "registry_version_one_row" CHECK ("registry_version"."only")
);
