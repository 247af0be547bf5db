import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';
import { listActivities } from '../activities.usecases.ts';
import { localParts } from '../local-time.ts';
import { demoActivities } from './demo-activities.ts';
import { loadDemoActivities } from './demo-activities.usecases.ts';

describe('upcoming demo activities', () => {
	let database: DatabaseHandle;
	beforeAll(async () => {
		database = await createTestDatabase();
		// the platform's whole demo, this module's part in it (dated from today)
		await loadDemoContent({ db: database.db });
	});
	afterAll(() => database.close());

	it('adds public activities in the future in each demo space, at real places or online', async () => {
		const { db } = database;
		const from = localParts(new Date()).date;
		const iskra = await listActivities({ db, actor: anonymous, space: await findSpaceRef(db, 'iskra'), query: { from } });
		const training = iskra.find((activity) => activity.slug === 'pisanje-prijav-na-javne-razpise')!;
		expect(training).toMatchObject({ public: true, capacity: 20, type: 'training' });
		expect(training.registrationQuestions.length).toBeGreaterThan(0);
		// 14 days from today at 9.00 in Ljubljana
		const starts = new Date(training.sessions[0]!.startsAt);
		expect(localParts(starts).time).toBe('09:00');
		expect(Math.round((starts.getTime() - Date.now()) / 86_400_000)).toBeGreaterThanOrEqual(13);
		const workshop = iskra.find((activity) => activity.sessions.length === 2)!;
		expect(workshop.certificateMinPercent).toBe(80);
		expect(iskra.some((activity) => activity.sessions.some((session) => session.online && session.url?.startsWith('https://')))).toBe(true);
		for (const slug of ['grozd', 'asociacija', 'nvo-vid']) {
			const upcoming = await listActivities({ db, actor: anonymous, space: await findSpaceRef(db, slug), query: { from } });
			expect(upcoming.length, slug).toBeGreaterThan(0);
		}
		const nvoVid = await listActivities({ db, actor: anonymous, space: await findSpaceRef(db, 'nvo-vid'), query: { from } });
		expect(nvoVid.some((activity) => activity.sessions[0]!.online)).toBe(true);
	});

	it('adds nothing the second time, and leaves a changed activity as it is', async () => {
		const { db } = database;
		const context = { actor: cliActor, source: 'cli' } as const;
		const space = await findSpaceRef(db, 'iskra');
		const before = await listActivities({ db, actor: cliActor, space });
		const again = await loadDemoActivities({ db, context, createdSpaces: new Map() });
		expect(again.created).toEqual([]);
		expect(again.skipped.length).toBe(Object.values(demoActivities).flat().length);
		expect(await listActivities({ db, actor: cliActor, space })).toEqual(before);
	});
});
