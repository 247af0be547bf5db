import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createIndicator, enterActual, stepActual } from '../indicators/indicators.usecases.ts';
import { listProjects } from '../projects.usecases.ts';
import { buildIatiActivities } from './iati-activity.ts';
import { iatiRuleBreaches } from './iati-rules.ts';
import { iatiSchemaDir, validateIatiActivities } from './iati-schema.ts';
import { iatiActivitiesOfSpace } from './iati.usecases.ts';

describe('IATI parts of money and indicators', () => {
	let database: DatabaseHandle;
	let nvoVid: SpaceRef;
	let projectId: string;
	const today = '2026-11-27';

	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
		nvoVid = await findSpaceRef(database.db, 'nvo-vid');
		projectId = (await listProjects({ db: database.db, actor: anonymous, space: nvoVid })).find((project) => project.acronym === 'PRO-NVO-VID')!.id;
	});
	afterAll(() => database.close());

	const exported = async () => {
		const report = await iatiActivitiesOfSpace({ db: database.db, actor: anonymous, space: nvoVid, projectId, today });
		return { activity: report.activities[0]!, xml: buildIatiActivities(report) };
	};

	it.skipIf(!iatiSchemaDir())('exports the total of PRO-NVO-VID as its budget over the project period, and no undated transactions', async () => {
		const { activity, xml } = await exported();
		expect(activity.budgets).toEqual([
			{ periodStart: activity.plannedStart, periodEnd: activity.plannedEnd, value: 76334.02, valueDate: activity.plannedStart }
		]);
		expect(activity.transactions).toBeUndefined();
		expect(xml).toContain('>76334.02</value>');
		expect(iatiRuleBreaches(activity)).toEqual([]);
		expect(await validateIatiActivities(xml)).toEqual({ valid: true, errors: [] });
	});

	it.skipIf(!iatiSchemaDir())('exports an indicator with its approved actual as a result, and stays valid', async () => {
		const { db } = database;
		const context = { actor: cliActor, source: 'cli' } as const;
		// the demo's indicators are computed from its activities; this test adds one entered by hand
		const computed = (await exported()).activity.results?.length ?? 0;
		const indicator = await createIndicator({
			db,
			context,
			projectId,
			input: { name: { sl: 'Izobraževanja', en: 'Trainings' }, unit: 'izobraževanj', target: 20, measure: 'cumulative', every: 'year' }
		});
		const [first, second] = indicator.periods;
		const scope = { db, context, projectId, indicatorId: indicator.id };
		const actual = await enterActual({ ...scope, input: { periodStartsOn: first!.startsOn, value: 8 } });
		await enterActual({ ...scope, input: { periodStartsOn: second!.startsOn, value: 5 } }); // a draft: not reported
		await stepActual({ ...scope, actualId: actual.id, input: { status: 'submitted' } });
		await stepActual({ ...scope, actualId: actual.id, input: { status: 'approved' } });

		const { activity, xml } = await exported();
		expect(activity.results).toHaveLength(computed + 1);
		const exportedIndicator = activity.results!.flatMap((result) => result.indicators).find((indicator) => indicator.title.sl === 'Izobraževanja');
		expect(exportedIndicator).toMatchObject({ title: { sl: 'Izobraževanja', en: 'Trainings' }, measure: '1', ascending: true });
		expect(exportedIndicator!.baseline).toMatchObject({ year: Number(first!.startsOn.slice(0, 4)), value: 0 });
		expect(exportedIndicator!.periods[0]).toEqual({ start: first!.startsOn, end: first!.endsOn, actual: 8 });
		expect(exportedIndicator!.periods.at(-1)).toEqual({ start: indicator.periods.at(-1)!.startsOn, end: indicator.periods.at(-1)!.endsOn, target: 20 });
		expect(xml).toContain('<actual value="8"/>');
		expect(iatiRuleBreaches(activity)).toEqual([]);
		expect(await validateIatiActivities(xml)).toEqual({ valid: true, errors: [] });
	});
});
