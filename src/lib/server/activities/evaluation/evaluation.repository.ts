import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { people } from '../../people/people.table.ts';
import { activities, activitySessions } from '../activities.table.ts';
import { activityAttendances } from '../checkin/checkin.table.ts';
import { activityRegistrations } from '../registrations/registrations.table.ts';
import { activityEvaluationResponses, type EvaluationResponseRow } from './evaluation.table.ts';

/** A registration with the person's name and address and how many sessions they attended. */
export type Participant = {
	registrationId: string;
	personId: string;
	name: string;
	email: string | null;
	locale: 'sl' | 'en';
	status: string;
	attendedSessions: number;
	/** Hours of the sessions they attended. */
	attendedMinutes: number;
	evaluatedAt: Date | null;
	certificateCode: string | null;
	certificateIssuedAt: Date | null;
};

/** Reads of an activity's participants and writes of its evaluation, bound to one space. */
export function createEvaluationRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	return {
		/**
		 * Every registration that is not cancelled, with its attended sessions (check-ins), in order of
		 * name. A one-session activity's walk-in marked `attended` without a check-in row counts as one.
		 */
		async participants(activityId: string): Promise<Participant[]> {
			const rows = await db
				.select({
					registrationId: activityRegistrations.id,
					personId: activityRegistrations.personId,
					name: people.name,
					email: people.email,
					locale: activityRegistrations.locale,
					status: activityRegistrations.status,
					evaluatedAt: activityRegistrations.evaluatedAt,
					certificateCode: activityRegistrations.certificateCode,
					certificateIssuedAt: activityRegistrations.certificateIssuedAt,
					attendedSessions: sql<number>`count(${activitySessions.id})::int`,
					attendedMinutes: sql<number>`coalesce(sum(extract(epoch from ${activitySessions.endsAt} - ${activitySessions.startsAt}) / 60), 0)::int`
				})
				.from(activityRegistrations)
				.innerJoin(people, eq(people.id, activityRegistrations.personId))
				.leftJoin(
					activityAttendances,
					and(eq(activityAttendances.spaceId, activityRegistrations.spaceId), eq(activityAttendances.registrationId, activityRegistrations.id))
				)
				.leftJoin(activitySessions, and(eq(activitySessions.spaceId, activityAttendances.spaceId), eq(activitySessions.id, activityAttendances.sessionId)))
				.where(
					and(eq(activityRegistrations.spaceId, spaceId), eq(activityRegistrations.activityId, activityId), sql`${activityRegistrations.status} <> 'cancelled'`)
				)
				.groupBy(activityRegistrations.spaceId, activityRegistrations.id, people.id)
				.orderBy(asc(people.name), asc(activityRegistrations.id));
			return rows.map((row) => ({ ...row, locale: row.locale === 'en' ? 'en' : 'sl' }));
		},

		async markSent(activityId: string, questions: unknown[]): Promise<void> {
			await db
				.update(activities)
				.set({ evaluationSentAt: new Date(), evaluationQuestions: questions as never, updatedAt: new Date() })
				.where(and(eq(activities.spaceId, spaceId), eq(activities.id, activityId)));
		},

		/** Marks the registration as evaluated unless it was already: false when someone answered first. */
		async markEvaluated(registrationId: string): Promise<boolean> {
			const rows = await db
				.update(activityRegistrations)
				.set({ evaluatedAt: new Date(), updatedAt: new Date() })
				.where(and(eq(activityRegistrations.spaceId, spaceId), eq(activityRegistrations.id, registrationId), isNull(activityRegistrations.evaluatedAt)))
				.returning({ id: activityRegistrations.id });
			return rows.length === 1;
		},

		async insertResponse(values: Pick<EvaluationResponseRow, 'activityId' | 'registrationId' | 'answers' | 'submittedAt'>): Promise<EvaluationResponseRow> {
			const [row] = await db
				.insert(activityEvaluationResponses)
				.values({ ...values, spaceId })
				.returning();
			return row!;
		},

		async responses(activityId: string): Promise<EvaluationResponseRow[]> {
			return db
				.select()
				.from(activityEvaluationResponses)
				.where(and(eq(activityEvaluationResponses.spaceId, spaceId), eq(activityEvaluationResponses.activityId, activityId)))
				.orderBy(asc(activityEvaluationResponses.submittedAt), asc(activityEvaluationResponses.id));
		}
	};
}
