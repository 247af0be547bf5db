import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { createAuditRepository } from '../../audit/audit.repository.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import '../../modules.ts';
import { anonymous } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { listProjects } from '../projects.usecases.ts';
import { deleteIndicator, updateIndicator } from './indicator-changes.usecases.ts';
import { createIndicator, enterActual, listIndicators } from './indicators.usecases.ts';

describe('changing and removing indicators', () => {
	let database: DatabaseHandle;
	let iskra: SpaceRef;
	let projectId: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
		iskra = await findSpaceRef(database.db, 'iskra');
		projectId = (await listProjects({ db: database.db, actor: anonymous, space: iskra }))[0]!.id;
	});
	afterAll(() => database.close());

	const staff = () => ({ actor: personIn(iskra.id, 'staff'), source: 'form' as const });
	const newIndicator = () =>
		createIndicator({
			db: database.db,
			context: staff(),
			projectId,
			input: { name: { sl: 'Svetovanja' }, unit: 'svetovanj', target: 20, measure: 'cumulative', every: 'year' }
		});

	it('changes only the fields named, keeps the periods, and audits the fields before and after', async () => {
		const { db } = database;
		const indicator = await newIndicator();
		const changed = await updateIndicator({
			db,
			context: staff(),
			projectId,
			indicatorId: indicator.id,
			input: { target: 25, baselineOn: '1. 10. 2019', name: { sl: 'Svetovanja organizacijam', en: 'Advice' } }
		});
		expect(changed).toMatchObject({ target: 25, baselineOn: '2019-10-01', unit: 'svetovanj', name: { sl: 'Svetovanja organizacijam', en: 'Advice' } });
		expect(changed.periods).toEqual(indicator.periods);
		const { items } = await createAuditRepository({ db }).list({ entityType: 'project_indicator' }, { limit: 10, offset: 0 });
		expect(items.find((entry) => entry.action === 'project.indicator_update')).toMatchObject({
			entityId: indicator.id,
			before: { target: 20, baselineOn: null },
			after: { target: 25, baselineOn: '2019-10-01' }
		});
		await expect(updateIndicator({ db, context: staff(), projectId, indicatorId: indicator.id, input: { target: 'many' } })).rejects.toThrow();
	});

	it('removes an indicator with its entered actuals, audited; only staff of its space, only an indicator of the project', async () => {
		const { db } = database;
		const indicator = await newIndicator();
		await enterActual({ db, context: staff(), projectId, indicatorId: indicator.id, input: { periodStartsOn: indicator.periods[0]!.startsOn, value: 3 } });
		const remove = (context = staff(), indicatorId = indicator.id) => deleteIndicator({ db, context, projectId, indicatorId });
		await expect(remove({ actor: personIn(iskra.id, 'member_editor'), source: 'form' })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			updateIndicator({ db, context: { actor: personIn(iskra.id, 'viewer'), source: 'form' }, projectId, indicatorId: indicator.id, input: {} })
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		await remove();
		expect((await listIndicators({ db, actor: anonymous, projectId })).map((row) => row.id)).not.toContain(indicator.id);
		await expect(remove()).rejects.toMatchObject({ code: 'indicator_not_found' });
		await expect(remove(staff(), 'not-an-id')).rejects.toMatchObject({ code: 'indicator_not_found' });
		const { items } = await createAuditRepository({ db }).list({ entityType: 'project_indicator' }, { limit: 10, offset: 0 });
		expect(items.find((entry) => entry.action === 'project.indicator_delete')).toMatchObject({
			entityId: indicator.id,
			before: { unit: 'svetovanj', target: 20 }
		});
	});
});
