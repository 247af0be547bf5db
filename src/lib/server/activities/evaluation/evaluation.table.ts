import { sql } from 'drizzle-orm';
import { foreignKey, index, jsonb, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { activities } from '../activities.table.ts';
import { activityRegistrations } from '../registrations/registrations.table.ts';

/**
 * One participant's answers to an activity's evaluation, by question id (a rating 1–5, yes/no, text).
 * When the evaluation is anonymous the answers hold no registration: only the registration's
 * `evaluated_at` records that the person answered, so nobody answers twice.
 */
export const activityEvaluationResponses = pgTable(
	'activity_evaluation_responses',
	{
		spaceId: uuid('space_id').notNull(),
		id: uuid('id')
			.notNull()
			.default(sql`gen_random_uuid()`),
		activityId: uuid('activity_id').notNull(),
		registrationId: uuid('registration_id'),
		answers: jsonb('answers').notNull().$type<Record<string, string | number | boolean>>(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		index('activity_evaluation_responses_activity_idx').on(table.spaceId, table.activityId),
		foreignKey({ columns: [table.spaceId, table.activityId], foreignColumns: [activities.spaceId, activities.id] }).onDelete('cascade'),
		foreignKey({ columns: [table.spaceId, table.registrationId], foreignColumns: [activityRegistrations.spaceId, activityRegistrations.id] }).onDelete(
			'cascade'
		)
	]
);

export type EvaluationResponseRow = typeof activityEvaluationResponses.$inferSelect;
