import { foreignKey, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.table.ts';
import { activitySessions } from '../activities.table.ts';
import { activityRegistrations } from '../registrations/registrations.table.ts';

/**
 * A registered person's presence at one session. One row per person and session: a check-in sent
 * twice (a phone that lost its connection sends its queue again) finds the row and counts once.
 */
export const activityAttendances = pgTable(
	'activity_attendances',
	{
		spaceId: uuid('space_id').notNull(),
		registrationId: uuid('registration_id').notNull(),
		sessionId: uuid('session_id').notNull(),
		/** When the person was checked in, as the phone saw it (it may send it later). */
		checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull(),
		checkedInBy: text('checked_in_by').references(() => users.id, { onDelete: 'set null' }),
		/** How: a scanned code, a tap in the list, the sign-in sheet entered afterwards. */
		method: text('method').notNull(),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.registrationId, table.sessionId] }),
		foreignKey({ columns: [table.spaceId, table.registrationId], foreignColumns: [activityRegistrations.spaceId, activityRegistrations.id] }).onDelete(
			'cascade'
		),
		foreignKey({ columns: [table.spaceId, table.sessionId], foreignColumns: [activitySessions.spaceId, activitySessions.id] }).onDelete('cascade')
	]
);

export type AttendanceRow = typeof activityAttendances.$inferSelect;
