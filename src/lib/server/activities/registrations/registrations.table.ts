import { sql } from 'drizzle-orm';
import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.table.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { people } from '../../people/people.table.ts';
import { activities } from '../activities.table.ts';

/** Where a registration stands; the API's `status` (issue 13). */
export const registrationStatuses = ['registered', 'waitlisted', 'offered', 'cancelled', 'attended', 'no_show'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** The statuses that hold one of the activity's places. */
export const placeHoldingStatuses = ['registered', 'offered', 'attended', 'no_show'] as const satisfies readonly RegistrationStatus[];

/**
 * A person's registration for an activity, for the organisation they represent (or none: as an
 * individual). The person is the registry's (matched by e-mail), so attendance counts towards their
 * organisation. Places are taken under a lock on the activity's row (see registrations.repository).
 */
export const activityRegistrations = pgTable(
	'activity_registrations',
	{
		spaceId: uuid('space_id').notNull(),
		id: uuid('id')
			.notNull()
			.default(sql`gen_random_uuid()`),
		activityId: uuid('activity_id').notNull(),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
		status: text('status').notNull().$type<RegistrationStatus>(),
		/** Answers to the organiser's questions, by question id. */
		answers: jsonb('answers').notNull().default({}).$type<Record<string, string>>(),
		/** The language of the form, in which every mail to the person is written. */
		locale: text('locale').notNull().default('sl'),
		/** The personal code shown at check-in (as text and QR code in the confirmation mail). */
		checkInCode: text('check_in_code').notNull(),
		/** SHA-256 of the secret in the person's links (cancel, accept an offer, evaluation, certificate). */
		tokenHash: text('token_hash').notNull(),
		/** Until when an offered place waits for the person's confirmation. */
		offeredUntil: timestamp('offered_until', { withTimezone: true }),
		/** Who registered the person, when not the person themselves (a member editor, staff). */
		registeredBy: text('registered_by').references(() => users.id, { onDelete: 'set null' }),
		/** How it came: the public form, the API, a member editor, staff, a walk-in at the door. */
		source: text('source').notNull(),
		remindedAt: timestamp('reminded_at', { withTimezone: true }),
		evaluatedAt: timestamp('evaluated_at', { withTimezone: true }),
		/** The certificate's public verification code, once one was issued. */
		certificateCode: text('certificate_code'),
		certificateIssuedAt: timestamp('certificate_issued_at', { withTimezone: true }),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		// a person is registered once; registering again finds the registration instead of a second one
		uniqueIndex('activity_registrations_person_idx')
			.on(table.spaceId, table.activityId, table.personId)
			.where(sql`${table.status} <> 'cancelled'`),
		// the waiting list is served in order of registration
		index('activity_registrations_activity_idx').on(table.spaceId, table.activityId, table.status, table.createdAt),
		uniqueIndex('activity_registrations_code_idx').on(table.spaceId, table.activityId, table.checkInCode),
		uniqueIndex('activity_registrations_token_idx').on(table.tokenHash),
		uniqueIndex('activity_registrations_certificate_idx').on(table.certificateCode),
		index('activity_registrations_person_lookup_idx').on(table.personId),
		index('activity_registrations_organisation_idx').on(table.organisationId),
		foreignKey({ columns: [table.spaceId, table.activityId], foreignColumns: [activities.spaceId, activities.id] }).onDelete('cascade')
	]
);

export type RegistrationRow = typeof activityRegistrations.$inferSelect;
