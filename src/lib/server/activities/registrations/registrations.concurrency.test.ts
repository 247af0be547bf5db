import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, dropPostgresDatabase, testServerUrl } from '../../../../../tests/support/database.ts';
import { openPostgres, type DatabaseHandle } from '../../db/client.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { createActivity } from '../activities.usecases.ts';
import { registerForActivity } from './registrations.register.ts';
import { activityRegistrations } from './registrations.table.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

describe('concurrent registrations', () => {
	let database: DatabaseHandle;
	let name: string;
	let hub: SpaceRef;

	beforeAll(async () => {
		// real parallel connections: the lock on the activity's row is what keeps the count right
		const created = await createPostgresDatabase(testServerUrl());
		name = created.name;
		database = openPostgres({ url: created.url, max: 20 });
		await createSpace({ db: database.db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } });
		hub = await findSpaceRef(database.db, 'grozd');
	});
	afterAll(async () => {
		await database.close();
		await dropPostgresDatabase(testServerUrl(), name);
	});

	it('never overfills an event: 100 at once for 50 places leave exactly 50 registered and 50 waiting', async () => {
		const startsAt = new Date(Date.now() + 10 * 24 * 3600_000);
		const activity = await createActivity({
			db: database.db,
			context: cli,
			space: hub,
			input: {
				title: { sl: 'Delavnica' },
				type: 'workshop',
				pillar: 'training',
				capacity: 50,
				sessions: [
					{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(), online: true, url: 'https://meet.example.si/d' }
				]
			}
		});
		const results = await Promise.all(
			Array.from({ length: 100 }, (_, i) =>
				registerForActivity({
					db: database.db,
					context: { actor: anonymous, source: 'api' },
					space: hub,
					activityId: activity.id,
					clientAddress: `192.0.2.${i}`,
					publicUrl: 'http://sticisce.test',
					input: { name: `Oseba ${i}`, email: `oseba${i}@example.si`, consent: true }
				})
			)
		);
		expect(results.filter((result) => result.status === 'registered')).toHaveLength(50);
		expect(results.filter((result) => result.status === 'waitlisted')).toHaveLength(50);
		const rows = await database.db
			.select()
			.from(activityRegistrations)
			.where(and(eq(activityRegistrations.activityId, activity.id)));
		expect(rows.filter((row) => row.status === 'registered')).toHaveLength(50);
		expect(rows.filter((row) => row.status === 'waitlisted')).toHaveLength(50);
	});
});
