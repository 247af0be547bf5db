// Every table of every module, for drizzle-kit and the typed query builder.
export * from '../audit/audit.table.ts';
export * from '../auth/auth.table.ts';
export * from '../jobs/jobs.table.ts';
export * from '../rate-limit/rate-limit.table.ts';
export * from '../settings/settings.table.ts';
export * from '../spaces/spaces.table.ts';
export * from '../team/team.table.ts';
export * from '../tokens/tokens.table.ts';
export * from '../fields/fields.table.ts';
export * from '../memberships/memberships.table.ts';
export * from '../organisations/organisations.table.ts';
export * from '../people/people.table.ts';
export * from '../organisations/registry-version.table.ts';
