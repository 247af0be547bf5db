// Every table of every module, for drizzle-kit and the typed query builder.
export * from '../spaces/spaces.table.ts';
