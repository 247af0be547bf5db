import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import { anonymous, systemActor } from '../../policy/actor.ts';
import { listIndicators } from '../../projects/indicators/indicators.usecases.ts';
import { getProjectReport } from '../../projects/report/project-report.usecases.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';
import { getSpaceFigures } from '../figures/figures.usecases.ts';
import { loadDemoProjectActivities } from './demo-project-activities.usecases.ts';

describe("PRO-NVO-VID's activities in the demo", () => {
	let database: DatabaseHandle;

	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
	}, 120_000);
	afterAll(() => database.close());

	it("computes seed 001's figures for the project's indicators from its activities: 4 trainings, 34 participants, 21 NGOs, 80 people", async () => {
		const { db } = database;
		const space = await findSpaceRef(db, 'nvo-vid');
		const report = await getProjectReport({ db, actor: anonymous, space, slug: 'pro-nvo-vid' });
		const achieved = Object.fromEntries(report.indicators.map((indicator) => [indicator.ruleId, indicator.achieved]));
		expect(achieved).toMatchObject({
			'activities.trainings_held': 4,
			'activities.training_participants': 34,
			'activities.training_ngos': 21,
			'activities.event_attendees': 80
		});
		const indicators = await listIndicators({ db, actor: anonymous, projectId: report.project.id });
		const trainings = indicators.find((indicator) => indicator.ruleId === 'activities.trainings_held')!;
		expect(trainings.periods.map(({ startsOn, endsOn }) => ({ startsOn, endsOn }))).toEqual([{ startsOn: '2018-10-01', endsOn: '2019-12-31' }]);
		expect(trainings.fraction).toBe(1);
	});

	it("shows the space's figures of 2019 and of the whole project, with every participant evaluating it as improving their organisation", async () => {
		const { db } = database;
		const space = await findSpaceRef(db, 'nvo-vid');
		const project = (await getProjectReport({ db, actor: anonymous, space, slug: 'pro-nvo-vid' })).project.id;
		const whole = await getSpaceFigures({ db, actor: systemActor, space, query: { from: '1. 10. 2018', to: '31. 12. 2019', project } });
		expect(whole.totals).toMatchObject({ activities: 5, persons: 34, unnamedAttendees: 80, attendees: 114, ngos: 21, organisations: 21, registrations: 39 });
		expect(whole.byType).toEqual([
			{ type: 'training', activities: 2, sessions: 2 },
			{ type: 'workshop', activities: 2, sessions: 3 },
			{ type: 'conference', activities: 1, sessions: 2 }
		]);
		expect(whole.satisfaction.yesNo).toEqual([expect.objectContaining({ answered: 39, yes: 39 })]);
		expect(whole.satisfaction.averageRating).toBeGreaterThanOrEqual(4);
		// 2018 held only the first training
		const autumn = await getSpaceFigures({ db, actor: systemActor, space, query: { from: '2018-01-01', to: '2018-12-31' } });
		expect(autumn.totals).toMatchObject({ activities: 1, persons: 10, attendees: 10 });
	});

	it('changes nothing when loaded again', async () => {
		const { db } = database;
		const again = await db.transaction((tx) =>
			loadDemoProjectActivities({ db: tx, context: { actor: systemActor, source: 'system' }, createdSpaces: new Map() })
		);
		expect(again.created).toEqual([]);
		expect(again.skipped).toHaveLength(9);
	});
});
