// A training of Grozd running now and one that ended, with registered people, for the check-in
// tests: made through the use cases (createActivity, createPerson, takePlace) on the app's database.
import type { Database } from '../../src/lib/server/db/client.ts';
import { createActivity } from '../../src/lib/server/activities/activities.usecases.ts';
import { takePlace } from '../../src/lib/server/activities/registrations/registrations.usecases.ts';
import { createPerson } from '../../src/lib/server/people/people.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';

export type CheckinFixture = {
	/** Runs from an hour ago to two hours from now. */
	now: { id: string; sessionId: string; people: Record<string, { registrationId: string; code: string }> };
	/** Ended yesterday. */
	ended: { id: string; sessionId: string; people: Record<string, { registrationId: string; code: string }> };
};

const context = { actor: cliActor, source: 'cli' } as const;
const hour = 3_600_000;

async function trainingWith(db: Database, title: string, startsAt: Date, names: string[]) {
	const space = await findSpaceRef(db, 'grozd');
	const activity = await createActivity({
		db,
		context,
		space,
		input: {
			title: { sl: title },
			type: 'training',
			pillar: 'training',
			capacity: 30,
			sessions: [
				{
					startsAt: startsAt.toISOString(),
					endsAt: new Date(startsAt.getTime() + 3 * hour).toISOString(),
					place: { address: 'Slovenski trg 1', municipalityCode: '052' }
				}
			]
		}
	});
	const people: Record<string, { registrationId: string; code: string }> = {};
	for (const name of names) {
		const person = await createPerson({ db, context, input: { name, email: `${name.split(' ')[0]!.toLowerCase()}.${activity.id.slice(0, 4)}@example.si` } });
		const { row } = await db.transaction((tx) =>
			takePlace({
				db: tx,
				spaceId: space.id,
				registration: { activityId: activity.id, personId: person.id, organisationId: null, source: 'form', locale: 'sl' }
			})
		);
		people[name.split(' ')[0]!] = { registrationId: row.id, code: row.checkInCode };
	}
	return { id: activity.id, sessionId: activity.sessions[0]!.id, people };
}

export async function seedCheckin(db: Database): Promise<CheckinFixture> {
	const now = Date.now();
	return {
		now: await trainingWith(db, 'Usposabljanje za prostovoljce', new Date(now - hour), ['Ana Novak', 'Bojan Kralj', 'Cvetka Zupan', 'Darko Šuštar']),
		ended: await trainingWith(db, 'Delavnica o financiranju', new Date(now - 27 * hour), ['Eva Horvat', 'Filip Kos'])
	};
}
