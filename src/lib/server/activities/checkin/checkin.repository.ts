import { and, asc, eq, inArray, isNull, notExists, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { people } from '../../people/people.table.ts';
import { activityRegistrations, type RegistrationRow, type RegistrationStatus } from '../registrations/registrations.table.ts';
import { activityAttendances, type AttendanceRow } from './checkin.table.ts';

/** A registration as the staff's list shows it: the person's name and the organisation they represent. */
export type ListedRegistration = Pick<RegistrationRow, 'id' | 'status' | 'checkInCode' | 'source' | 'createdAt' | 'organisationId'> & {
	name: string;
	email: string | null;
	organisation: string | null;
};

/** Registrations and their attendance, for one space: every query is bound to it. */
export function createCheckinRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	const registrationIn = (activityId: string) => and(eq(activityRegistrations.spaceId, spaceId), eq(activityRegistrations.activityId, activityId));
	const listed = (where: SQL | undefined): Promise<ListedRegistration[]> =>
		db
			.select({
				id: activityRegistrations.id,
				status: activityRegistrations.status,
				checkInCode: activityRegistrations.checkInCode,
				source: activityRegistrations.source,
				createdAt: activityRegistrations.createdAt,
				organisationId: activityRegistrations.organisationId,
				name: people.name,
				email: people.email,
				organisation: organisations.name
			})
			.from(activityRegistrations)
			.innerJoin(people, eq(people.id, activityRegistrations.personId))
			.leftJoin(organisations, eq(organisations.id, activityRegistrations.organisationId))
			.where(where)
			.orderBy(asc(people.name), asc(activityRegistrations.createdAt));

	return {
		/** Every registration of the activity, in order of name. */
		registrations: (activityId: string) => listed(registrationIn(activityId)),

		async registration(activityId: string, id: string): Promise<ListedRegistration | undefined> {
			const [row] = await listed(and(registrationIn(activityId), eq(activityRegistrations.id, id)));
			return row;
		},

		async registrationIdByCode(activityId: string, code: string): Promise<string | undefined> {
			const [row] = await db
				.select({ id: activityRegistrations.id })
				.from(activityRegistrations)
				.where(and(registrationIn(activityId), eq(activityRegistrations.checkInCode, code)));
			return row?.id;
		},

		/** The check-ins of the activity's registrations (all sessions). */
		async attendances(activityId: string): Promise<AttendanceRow[]> {
			return db
				.select({ attendance: activityAttendances })
				.from(activityAttendances)
				.innerJoin(
					activityRegistrations,
					and(eq(activityRegistrations.spaceId, activityAttendances.spaceId), eq(activityRegistrations.id, activityAttendances.registrationId))
				)
				.where(registrationIn(activityId))
				.then((rows) => rows.map((row) => row.attendance));
		},

		async attendance(registrationId: string, sessionId: string): Promise<AttendanceRow | undefined> {
			const [row] = await db
				.select()
				.from(activityAttendances)
				.where(
					and(eq(activityAttendances.spaceId, spaceId), eq(activityAttendances.registrationId, registrationId), eq(activityAttendances.sessionId, sessionId))
				);
			return row;
		},

		/**
		 * Records a check-in unless the person was checked in for the session already (a phone sending
		 * its queue again): the primary key keeps one row, and the first one stays.
		 */
		async insertAttendance(values: Omit<AttendanceRow, 'spaceId' | 'recordedAt'>): Promise<AttendanceRow | undefined> {
			const [row] = await db
				.insert(activityAttendances)
				.values({ ...values, spaceId })
				.onConflictDoNothing()
				.returning();
			return row;
		},

		async deleteAttendance(registrationId: string, sessionId: string): Promise<AttendanceRow | undefined> {
			const [row] = await db
				.delete(activityAttendances)
				.where(
					and(eq(activityAttendances.spaceId, spaceId), eq(activityAttendances.registrationId, registrationId), eq(activityAttendances.sessionId, sessionId))
				)
				.returning();
			return row;
		},

		async countAttendances(registrationId: string): Promise<number> {
			const [row] = await db
				.select({ count: sql<number>`count(*)::int` })
				.from(activityAttendances)
				.where(and(eq(activityAttendances.spaceId, spaceId), eq(activityAttendances.registrationId, registrationId)));
			return row?.count ?? 0;
		},

		/** Changes a registration's status, only from the statuses given (a concurrent change wins otherwise). */
		async setStatus(id: string, status: RegistrationStatus, from: readonly RegistrationStatus[]): Promise<RegistrationRow | undefined> {
			const [row] = await db
				.update(activityRegistrations)
				.set({ status, updatedAt: new Date() })
				.where(and(eq(activityRegistrations.spaceId, spaceId), eq(activityRegistrations.id, id), inArray(activityRegistrations.status, [...from])))
				.returning();
			return row;
		},

		/** Every `registered` person of the activity without any check-in becomes a no-show; answers their ids. */
		async markNoShows(activityId: string): Promise<string[]> {
			const rows = await db
				.update(activityRegistrations)
				.set({ status: 'no_show', updatedAt: new Date() })
				.where(
					and(
						registrationIn(activityId),
						eq(activityRegistrations.status, 'registered'),
						isNull(activityRegistrations.cancelledAt),
						notExists(
							db
								.select({ one: sql`1` })
								.from(activityAttendances)
								.where(and(eq(activityAttendances.spaceId, activityRegistrations.spaceId), eq(activityAttendances.registrationId, activityRegistrations.id)))
						)
					)
				)
				.returning({ id: activityRegistrations.id });
			return rows.map((row) => row.id);
		}
	};
}
