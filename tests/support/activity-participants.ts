// Participants of an activity with their attendance, for tests of evaluations and certificates.
// Attendances are written to the check-in table directly: no check-in use case existed yet when
// these tests were written (issue 13's check-in part comes from another branch).
import { randomUUID } from 'node:crypto';
import { activityAttendances } from '../../src/lib/server/activities/checkin/checkin.table.ts';
import { takePlace } from '../../src/lib/server/activities/registrations/registrations.usecases.ts';
import type { Database } from '../../src/lib/server/db/client.ts';
import { createPerson } from '../../src/lib/server/people/people.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';

export type TestParticipant = { registrationId: string; personId: string; token: string; name: string; email: string };

/** Registers a new person for the activity and checks them in at the first `attendedSessions` of its sessions. */
export async function addParticipant(
	db: Database,
	{
		spaceId,
		activityId,
		sessionIds,
		name,
		email = `${randomUUID().slice(0, 8)}@example.si`,
		attendedSessions,
		locale = 'sl'
	}: { spaceId: string; activityId: string; sessionIds: string[]; name: string; email?: string; attendedSessions: number; locale?: 'sl' | 'en' }
): Promise<TestParticipant> {
	const person = await createPerson({ db, context: { actor: cliActor, source: 'cli' }, input: { name, email } });
	const { row, token } = await takePlace({
		db,
		spaceId,
		registration: { activityId, personId: person.id, organisationId: null, source: 'form', locale }
	});
	for (const sessionId of sessionIds.slice(0, attendedSessions)) {
		await db.insert(activityAttendances).values({ spaceId, registrationId: row.id, sessionId, checkedInAt: new Date(), method: 'tap' });
	}
	return { registrationId: row.id, personId: person.id, token: token!, name, email };
}

/** `count` sessions of two hours on consecutive days, starting `daysAgo` days ago, in the API's shape. */
export function pastSessions(count: number, daysAgo = 30) {
	return Array.from({ length: count }, (_, index) => {
		const start = new Date(Date.now() - (daysAgo - index) * 86_400_000);
		start.setUTCHours(8, 0, 0, 0);
		return {
			startsAt: start.toISOString().replace('.000Z', '+00:00'),
			endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString().replace('.000Z', '+00:00'),
			place: { address: 'Trg republike 3', municipalityCode: '061' }
		};
	});
}
