import { date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.table.ts';
import { spaces } from '../spaces/spaces.table.ts';

export const membershipStatuses = ['applicant', 'member', 'former'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

/** An organisation's membership of a space (a hub's or network's members). */
export const memberships = pgTable(
	'memberships',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		status: text('status').notNull().$type<MembershipStatus>(),
		since: date('since'),
		until: date('until'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.spaceId, table.organisationId] }), index('memberships_organisation_idx').on(table.organisationId)]
);

export type MembershipRow = typeof memberships.$inferSelect;
