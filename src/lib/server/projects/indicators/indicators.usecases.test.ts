import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { createAuditRepository } from '../../audit/audit.repository.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import { addMembership } from '../../memberships/memberships.usecases.ts';
import { organisationReferencesOf } from '../../manifest/manifest.ts';
import { modules } from '../../modules.ts';
import { mergeOrganisations } from '../../organisations/duplicates/duplicates.usecases.ts';
import { createOrganisation } from '../../organisations/organisations.usecases.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { addProjectOrganisation, listProjectOrganisations } from '../partners/project-organisations.usecases.ts';
import { listProjects } from '../projects.usecases.ts';
import { indicatorRuleRegistry } from './indicator-rules.ts';
import { createIndicator, enterActual, listIndicators, stepActual } from './indicators.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

describe('indicator rules', () => {
	it('collects the rules modules register, and refuses one id registered twice', () => {
		expect([...indicatorRuleRegistry(modules).keys()]).toEqual(expect.arrayContaining(['team.people', 'memberships.members']));
		const rule = { id: 'x.count', words: { sl: 'x', en: 'x' }, compute: async () => 1 };
		expect(() =>
			indicatorRuleRegistry([
				{ name: 'a', indicatorRules: [rule] },
				{ name: 'b', indicatorRules: [rule] }
			])
		).toThrow(/x.count/);
	});
});

describe('project indicators', () => {
	let database: DatabaseHandle;
	let iskra: SpaceRef;
	let projectId: string;
	let pinaId: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
		iskra = await findSpaceRef(database.db, 'iskra');
		projectId = (await listProjects({ db: database.db, actor: anonymous, space: iskra }))[0]!.id;
		pinaId = (await listProjectOrganisations({ db: database.db, actor: anonymous, space: iskra, projectId }))[0]!.organisation.id;
	});
	afterAll(() => database.close());

	it("counts a partner's part only once staff approved it, every step audited, and a partner cannot approve", async () => {
		const { db } = database;
		const staff = { actor: personIn(iskra.id, 'staff'), source: 'api' as const };
		const partner = { actor: personIn(iskra.id, 'member_editor', pinaId), source: 'api' as const };
		const indicator = await createIndicator({
			db,
			context: staff,
			projectId,
			input: { name: { sl: 'Izvedena usposabljanja' }, unit: 'usposabljanj', target: 40, measure: 'cumulative', every: 'year' }
		});
		// generated from the project's period, 1. 10. 2019 to 30. 9. 2023
		expect(indicator.periods).toHaveLength(4);
		const scope = { db, projectId, indicatorId: indicator.id };
		const part = await enterActual({
			...scope,
			context: partner,
			input: { periodStartsOn: '1. 10. 2019', organisationId: pinaId, value: '12', note: 'Seznami udeležencev', link: 'https://example.si/porocilo' }
		});
		expect(part).toMatchObject({ value: 12, status: 'draft', organisationId: pinaId });
		await expect(
			enterActual({ ...scope, context: partner, input: { periodStartsOn: '2019-10-01', value: 3 } }) // the hub's own figure is the staff's
		).rejects.toMatchObject({ code: 'forbidden' });
		const step = (context: typeof staff, status: string) => stepActual({ ...scope, context, actualId: part.id, input: { status } });
		await expect(step(partner, 'approved')).rejects.toMatchObject({ code: 'forbidden' });
		await expect(step(staff, 'approved')).rejects.toMatchObject({ code: 'indicator_actual_step' });
		expect(await step(partner, 'submitted')).toMatchObject({ status: 'submitted' });
		const [before] = await listIndicators({ db, actor: anonymous, projectId });
		expect(before).toMatchObject({ achieved: null, actuals: [] });
		expect(await step(staff, 'approved')).toMatchObject({ status: 'approved' });
		const [after] = await listIndicators({ db, actor: anonymous, projectId });
		expect(after!.periods[0]).toMatchObject({ actual: 12, achieved: 12, fraction: 0.3 });
		expect(after).toMatchObject({ achieved: 12, fraction: 0.3 });
		const { items } = await createAuditRepository({ db }).list({ entityType: 'project_indicator' }, { limit: 50, offset: 0 });
		expect(items.filter((entry) => entry.entityId === indicator.id).map((entry) => entry.action)).toEqual(
			expect.arrayContaining([
				'project.indicator_create',
				'project.indicator_actual_enter',
				'project.indicator_actual_submit',
				'project.indicator_actual_approve'
			])
		);
		const other = await createIndicator({
			db,
			context: cli,
			projectId,
			input: { name: { sl: 'Drugo' }, unit: 'x', target: 1, measure: 'per_period', every: 'year' }
		});
		await expect(
			enterActual({
				db,
				projectId,
				indicatorId: other.id,
				context: { actor: personIn(iskra.id, 'member_editor', indicator.id), source: 'api' },
				input: { periodStartsOn: '2019-10-01', organisationId: indicator.id, value: 1 }
			})
		).rejects.toMatchObject({ code: 'indicator_partner_not_in_project' });
	});

	it('computes the actuals of an indicator with a rule (member organisations at the end of each period) and refuses entering them', async () => {
		const { db } = database;
		const indicator = await createIndicator({
			db,
			context: cli,
			projectId,
			input: {
				name: { sl: 'Članice' },
				unit: 'organizacij',
				target: 2,
				measure: 'per_period',
				ruleId: 'memberships.members',
				periods: [
					{ startsOn: '2020-01-01', endsOn: '2020-12-31' },
					{ startsOn: '2021-01-01', endsOn: '2021-12-31' },
					{ startsOn: '2022-01-01', endsOn: '2022-12-31' }
				]
			}
		});
		const member = async (name: string, since: string, until: string | null) => {
			const organisation = await createOrganisation({ db, context: cli, input: { name, legalForm: 'association' } });
			await addMembership({ db, context: cli, space: iskra, organisationId: organisation.id, input: { status: until ? 'former' : 'member', since, until } });
		};
		await member('Društvo Ena', '2020-03-01', null);
		await member('Društvo Dve', '2021-05-01', '2022-06-30');
		const listed = (await listIndicators({ db, actor: anonymous, projectId })).find((row) => row.id === indicator.id)!;
		expect(listed.periods.map((period) => period.actual)).toEqual([1, 2, 1]);
		expect(listed).toMatchObject({ achieved: 1, fraction: 0.5 });
		await expect(
			enterActual({ db, context: cli, projectId, indicatorId: indicator.id, input: { periodStartsOn: '2020-01-01', value: 1 } })
		).rejects.toMatchObject({
			code: 'indicator_computed'
		});
		await expect(
			createIndicator({ db, context: cli, projectId, input: { name: { sl: 'X' }, unit: 'x', target: 1, measure: 'per_period', every: 'year', ruleId: 'nope' } })
		).rejects.toMatchObject({ code: 'indicator_rule_unknown' });
	});

	it("moves a merged organisation's parts to the kept one", async () => {
		const { db } = database;
		const indicator = await createIndicator({
			db,
			context: cli,
			projectId,
			input: { name: { sl: 'Delavnice' }, unit: 'x', target: 4, measure: 'cumulative', every: 'year' }
		});
		const twin = await createOrganisation({ db, context: cli, input: { name: 'PiNA (dvojnik)', legalForm: 'association' } });
		await addProjectOrganisation({ db, context: cli, space: iskra, projectId, input: { organisationId: twin.id, role: 'partner' } });
		const part = await enterActual({
			db,
			context: cli,
			projectId,
			indicatorId: indicator.id,
			input: { periodStartsOn: '2019-10-01', organisationId: twin.id, value: 2 }
		});
		await mergeOrganisations({ db, context: cli, keepId: pinaId, mergeId: twin.id, force: true, references: organisationReferencesOf(modules) });
		const listed = (await listIndicators({ db, actor: cliActor, projectId })).find((row) => row.id === indicator.id)!;
		expect(listed.actuals).toEqual([expect.objectContaining({ id: part.id, organisationId: pinaId, value: 2 })]);
	});
});
