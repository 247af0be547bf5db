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

/**
 * An organisation's open application to a space (its membership has status `applicant`): who to
 * answer, in which language. Deleted when staff accept or decline it; the audit log keeps it.
 */
export const membershipApplications = pgTable(
	'membership_applications',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		contactName: text('contact_name').notNull(),
		contactEmail: text('contact_email').notNull(),
		locale: text('locale').notNull().$type<'sl' | 'en'>(),
		message: text('message'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.spaceId, table.organisationId] })]
);

export type MembershipApplicationRow = typeof membershipApplications.$inferSelect;
