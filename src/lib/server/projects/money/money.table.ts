import { foreignKey, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../organisations/organisations.table.ts';
import { projects } from '../projects.table.ts';

type Localized = { sl: string; en?: string };

/**
 * A public call for projects, published by a funder and reused by every project selected in it
 * (in any space): platform-wide, like the registry of organisations its funder comes from.
 */
export const publicCalls = pgTable('public_calls', {
	id: uuid('id').primaryKey().defaultRandom(),
	title: jsonb('title').notNull().$type<Localized>(),
	funderOrganisationId: uuid('funder_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
	fund: text('fund'),
	reference: text('reference'),
	year: integer('year').notNull(),
	lot: text('lot'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** A project's total value and the call it was selected in; its sources are the lines below. */
export const projectMoney = pgTable(
	'project_money',
	{
		spaceId: uuid('space_id').notNull(),
		projectId: uuid('project_id').notNull(),
		total: numeric('total', { precision: 14, scale: 2, mode: 'string' }).notNull(),
		callId: uuid('call_id').references(() => publicCalls.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.projectId] }),
		foreignKey({ columns: [table.spaceId, table.projectId], foreignColumns: [projects.spaceId, projects.id] }).onDelete('cascade')
	]
);

/**
 * Where a project's money comes from, in order: funding lines (a financer and its programme
 * reference) and each partner's own co-financing (kind `own`, no programme).
 */
export const projectFundingLines = pgTable(
	'project_funding_lines',
	{
		spaceId: uuid('space_id').notNull(),
		projectId: uuid('project_id').notNull(),
		position: integer('position').notNull(),
		kind: text('kind').notNull().$type<'funding' | 'own'>(),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
		name: text('name'),
		fund: text('fund'),
		programme: text('programme'),
		priorityAxis: text('priority_axis'),
		investmentPriority: text('investment_priority'),
		specificObjective: text('specific_objective'),
		amount: numeric('amount', { precision: 14, scale: 2, mode: 'string' }).notNull()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.projectId, table.position] }),
		foreignKey({ columns: [table.spaceId, table.projectId], foreignColumns: [projectMoney.spaceId, projectMoney.projectId] }).onDelete('cascade')
	]
);

export type PublicCallRow = typeof publicCalls.$inferSelect;
export type FundingLineRow = typeof projectFundingLines.$inferSelect;
