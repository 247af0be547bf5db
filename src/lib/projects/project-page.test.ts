import { describe, expect, it } from 'vitest';
import type { ProjectReport } from '../server/projects/report/project-report.usecases.ts';
import { contributionsByStrategy, projectTotal, roleGroups } from './project-page.ts';

const amount = (cents: number) => ({ cents, text: { sl: `${cents} €`, en: `€${cents}` } });
const organisation = (id: string, name: string, shortName: string | null = null) => ({ id, name, shortName });

/** A report with only what these tests look at; the rest as an empty project has it. */
function report(parts: {
	organisations?: ProjectReport['organisations'];
	money?: Partial<ProjectReport['money']>;
	fromProfile?: Record<string, unknown>;
	contributions?: ProjectReport['contributions'];
}): ProjectReport {
	return {
		project: { fromProfile: parts.fromProfile ?? null } as ProjectReport['project'],
		organisations: parts.organisations ?? [],
		money: { total: null, call: null, fundingLines: [], ownFunds: [], sources: amount(0), ...parts.money },
		contributions: parts.contributions ?? [],
		indicators: []
	};
}

describe("a project page's partners by role", () => {
	it("orders the roles as seed 001 does, names short names once, and adds the profile's partners not in the registry", () => {
		const groups = roleGroups(
			report({
				organisations: [
					{ organisation: organisation('m', 'Ministrstvo za javno upravo', 'MJU'), role: 'financer' },
					{ organisation: organisation('p', 'Zavod Inštitut za elektronsko participacijo', 'INePA'), role: 'partner' },
					{ organisation: organisation('i', 'IPAK Inštitut', 'IPAK'), role: 'lead' }
				],
				fromProfile: { partners: [{ name: { sl: 'Beletrina' }, role: 'associated_partner' }] }
			}),
			'sl'
		);
		expect(groups).toEqual([
			{ role: 'lead', organisations: [{ id: 'i', name: 'IPAK Inštitut' }] },
			{ role: 'partner', organisations: [{ id: 'p', name: 'Zavod Inštitut za elektronsko participacijo (INePA)' }] },
			{ role: 'associated_partner', organisations: [{ id: null, name: 'Beletrina' }] },
			{ role: 'financer', organisations: [{ id: 'm', name: 'Ministrstvo za javno upravo (MJU)' }] }
		]);
	});

	it('names the financers of the funding lines, else the funder and operator a profile held, when no organisation has the role', () => {
		const line = {
			organisation: null,
			name: 'Evropski socialni sklad',
			amount: amount(100),
			fund: null,
			programme: null,
			priorityAxis: null,
			investmentPriority: null,
			specificObjective: null
		};
		expect(roleGroups(report({ money: { fundingLines: [line, line] } }), 'sl')).toEqual([
			{ role: 'financer', organisations: [{ id: null, name: 'Evropski socialni sklad' }] }
		]);
		const fromProfile = { funder: { sl: 'Evropska unija', en: 'European Union' }, operator: { sl: 'Društvo Asociacija' } };
		expect(roleGroups(report({ fromProfile }), 'en')).toEqual([
			{ role: 'operator', organisations: [{ id: null, name: 'Društvo Asociacija' }] },
			{ role: 'financer', organisations: [{ id: null, name: 'European Union' }] }
		]);
		const led = report({ fromProfile, organisations: [{ organisation: organisation('a', 'Društvo Asociacija'), role: 'lead' }] });
		expect(roleGroups(led, 'sl').map((group) => group.role)).toEqual(['lead', 'financer']);
	});
});

describe("a project page's other parts", () => {
	it('groups contributions by strategy in the order given', () => {
		const contribution = (strategy: string, text: string, goal: string | null = null) => ({
			strategy: { sl: strategy },
			goal: goal ? { sl: goal } : null,
			contribution: { sl: text }
		});
		const groups = contributionsByStrategy(
			report({ contributions: [contribution('SRS 2030', 'a', 'cilj 2'), contribution('SRS 2030', 'b'), contribution('ZNOrg', 'c')] })
		);
		expect(groups.map((group) => [group.strategy.sl, group.items.map((item) => [item.goal?.sl ?? null, item.contribution.sl])])).toEqual([
			[
				'SRS 2030',
				[
					['cilj 2', 'a'],
					[null, 'b']
				]
			],
			['ZNOrg', [[null, 'c']]]
		]);
	});

	it("takes the total from the money, else from the profile's sums", () => {
		expect(projectTotal(report({ money: { total: amount(7633402) }, fromProfile: { totalValueCents: 1 } }))).toBe(7633402);
		expect(projectTotal(report({ fromProfile: { totalValueCents: 1633402 } }))).toBe(1633402);
		expect(projectTotal(report({}))).toBeNull();
	});
});
