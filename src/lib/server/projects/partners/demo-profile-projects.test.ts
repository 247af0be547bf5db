import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { foldText } from '../../../reference/fold-text.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import { anonymous } from '../../policy/actor.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';
import { profileProjectSchema } from '../details/profile-project.schemas.ts';
import { getProjectReport, type ProjectReport } from '../report/project-report.usecases.ts';
import { demoHubProjects } from './demo-hub-projects.ts';
import { demoProfileProjects } from './demo-profile-projects.ts';

/** A name as the registry sorts it, without a trailing acronym (`Zavod … (INePA)`). */
const folded = (name: string) => foldText(name.replace(/\s*\([^)]*\)\s*$/, ''));

describe('the demo spaces’ former profile projects, moved', () => {
	let database: DatabaseHandle;
	const reports = new Map<string, ProjectReport>();

	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
		for (const slug of Object.keys(demoProfileProjects)) {
			const space = await findSpaceRef(database.db, slug);
			reports.set(slug, await getProjectReport({ db: database.db, actor: anonymous, space, slug: demoHubProjects[slug]!.slug }));
		}
	});
	afterAll(() => database.close());

	it.each(Object.keys(demoProfileProjects))('keeps every fact of %s in a table or in fromProfile', (slug) => {
		const profile = profileProjectSchema.parse(demoProfileProjects[slug]);
		const { project, organisations, money, contributions } = reports.get(slug)!;
		const kept = (project.fromProfile ?? {}) as Record<string, unknown>;
		const inRole = (name: { sl: string }, role: string) => organisations.some((row) => row.role === role && folded(row.organisation.name) === folded(name.sl));

		expect(project.title).toEqual(profile.title);
		expect(project.acronym).toBe(profile.acronym ?? null);
		expect(project.startsOn).toBe(profile.startDate ?? null);
		expect(project.endsOn).toBe(profile.endDate ?? null);
		// a profile without a problem or goal leaves them to the project's own demo details (Asociacija's)
		if (profile.problem) expect(project.problem).toEqual(profile.problem);
		if (profile.goal) expect(project.goal).toEqual(profile.goal);
		expect(project.objectives.map(({ title, results }) => ({ title, items: results }))).toEqual(profile.results);
		const roleOf = { lead_applicant: 'lead', partner: 'partner', associated_partner: 'associated_partner' } as const;
		for (const partner of profile.partners) {
			const listed = ((kept.partners ?? []) as { name: { sl: string } }[]).some((row) => row.name.sl === partner.name.sl);
			expect(inRole(partner.name, roleOf[partner.role]) || listed, partner.name.sl).toBe(true);
		}
		if (profile.operator) expect(inRole(profile.operator, 'operator') || kept.operator !== undefined).toBe(true);
		if (profile.funder) {
			const funded = inRole(profile.funder, 'financer') || money.fundingLines.some((line) => line.name === profile.funder!.sl);
			expect(funded || kept.funder !== undefined).toBe(true);
		}
		if (profile.call) expect(money.call?.title.sl === profile.call.sl || kept.call !== undefined).toBe(true);
		if (profile.totalValueCents !== undefined) expect(money.total?.cents).toBe(profile.totalValueCents);
		const sum = (lines: { amount: { cents: number } }[]) => lines.reduce((total, line) => total + line.amount.cents, 0);
		if (profile.fundedValueCents !== undefined) expect(sum(money.fundingLines)).toBe(profile.fundedValueCents);
		if (profile.ownFundsCents !== undefined) expect(sum(money.ownFunds)).toBe(profile.ownFundsCents);
		expect(contributions.map((row) => row.contribution)).toEqual(profile.contributions.flatMap((group) => group.items));
	});

	it("gives Asociacija's project seed 003's strands, period and contact person", () => {
		const { project } = reports.get('asociacija')!;
		expect(project.strands.map((strand) => strand.title.sl)).toEqual(['Zagovorništvo', 'Usposabljanje', 'Krepitev povezovanja NVO v kulturi']);
		expect(project.strands[1]!.description?.sl).toMatch(/^Usposabljanje, ki je usmerjeno v:/);
		expect(project).toMatchObject({
			startsOn: '2015-10-30',
			endsOn: '2019-09-30',
			status: 'ended',
			contact: { name: 'Anela Bešo', email: 'anela.beso@asociacija.si' }
		});
	});

	it('marks the support projects of Grozd and Iskra ended in 2023', () => {
		for (const slug of ['grozd', 'iskra']) expect(reports.get(slug)!.project).toMatchObject({ endsOn: '2023-09-30', status: 'ended' });
	});
});
