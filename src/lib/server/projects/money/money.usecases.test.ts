import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { errorMessage } from '../../../shared/error-messages.ts';
import { overwriteGetLocale } from '../../../paraglide/runtime.js';
import { createAuditRepository } from '../../audit/audit.repository.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import { organisationReferencesOf } from '../../manifest/manifest.ts';
import { modules } from '../../modules.ts';
import { mergeOrganisations } from '../../organisations/duplicates/duplicates.usecases.ts';
import { createOrganisation } from '../../organisations/organisations.usecases.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { isAppError } from '../../shared/errors.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { listProjects } from '../projects.usecases.ts';
import { centsOfNumeric, createPublicCall, getProjectMoney, listPublicCalls, numericOfCents, setProjectMoney } from './money.usecases.ts';

const failureOf = async (work: Promise<unknown>) => {
	try {
		await work;
	} catch (error) {
		return error;
	}
	throw new Error('expected a failure');
};

// Intl writes a no-break space before €
const spaced = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');
const codeOf = (error: unknown) => (isAppError(error) ? error.code : '');
const detailsOf = (error: unknown) => (isAppError(error) ? (error.details ?? {}) : {});

describe('money of projects and public calls', () => {
	let database: DatabaseHandle;
	let nvoVid: SpaceRef;
	let projectId: string;
	const staffOf = (space: SpaceRef) => ({ actor: personIn(space.id, 'staff'), source: 'form' as const });

	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
		nvoVid = await findSpaceRef(database.db, 'nvo-vid');
		projectId = (await listProjects({ db: database.db, actor: anonymous, space: nvoVid }))[0]!.id;
	});
	afterAll(() => database.close());

	it('loads PRO-NVO-VID with seed 001’s money: 76.334,02 € = 60.000,00 € from MJU + 16.334,02 € own funds, and the MJU call of 2018', async () => {
		const money = await getProjectMoney({ db: database.db, actor: anonymous, space: nvoVid, projectId });
		expect(spaced(money.total?.text.sl)).toBe('76.334,02 €');
		expect(money.total?.cents).toBe(7633402);
		expect(money.fundingLines.map((line) => [line.organisation?.name, spaced(line.amount.text.sl)])).toEqual([['Ministrstvo za javno upravo', '60.000,00 €']]);
		expect(money.ownFunds.map((line) => spaced(line.amount.text.sl))).toEqual(['16.334,02 €']);
		expect(money.sources.cents).toBe(money.total?.cents);
		expect(money.call).toMatchObject({
			title: { sl: 'Javni razpis za sofinanciranje projektov razvoja in profesionalizacije NVO in prostovoljstva 2018' },
			funder: { name: 'Ministrstvo za javno upravo' },
			year: 2018
		});
		// the demo's two open example calls of this year, then the calls of seeds 004 and 001
		const thisYear = new Date().getFullYear();
		expect((await listPublicCalls({ db: database.db, actor: anonymous })).map((call) => call.year)).toEqual([thisYear, thisYear, 2019, 2018]);
	});

	it('refuses sources that do not add up to the total, naming both sums in both languages, and keeps what was there', async () => {
		const error = await failureOf(
			setProjectMoney({
				db: database.db,
				context: staffOf(nvoVid),
				space: nvoVid,
				projectId,
				input: {
					total: '76.334,02',
					fundingLines: [{ name: 'Ministrstvo za javno upravo', amount: '60.000,00' }],
					ownFunds: [{ name: 'IPAK', amount: '15.000' }]
				}
			})
		);
		expect(isAppError(error) && error.code).toBe('project_money_totals_mismatch');
		expect(isAppError(error) && error.details).toMatchObject({ field: 'total', sourcesCents: 7500000, totalCents: 7633402 });
		overwriteGetLocale(() => 'sl');
		expect(spaced(errorMessage(codeOf(error), detailsOf(error)))).toContain('Vsota virov (75.000,00 €) se ne ujema s skupno vrednostjo (76.334,02 €)');
		overwriteGetLocale(() => 'en');
		expect(spaced(errorMessage(codeOf(error), detailsOf(error)))).toContain('The sources add up to €75,000.00, not to the total value of €76,334.02');
		overwriteGetLocale(() => 'sl');
		expect((await getProjectMoney({ db: database.db, actor: anonymous, space: nvoVid, projectId })).total?.cents).toBe(7633402);
	});

	it('reads amounts as people write them in either language, with programme references, and audits the change', async () => {
		const { db } = database;
		const call = await createPublicCall({
			db,
			context: staffOf(nvoVid),
			input: { title: { sl: 'Javni razpis Sklada za NVO' }, fund: 'Sklad za NVO', reference: 'Uradni list RS 48/19', year: 2019, lot: 'Sklop 1' }
		});
		const input = {
			total: '1,234.50',
			callId: call.id,
			fundingLines: [
				{ name: 'Evropska unija', fund: 'ESS', programme: 'OP 2014–2020', priorityAxis: '11', investmentPriority: '11.4', specificObjective: '1', amount: 1000 }
			],
			ownFunds: [{ name: 'IPAK', amount: '234.5' }]
		};
		const money = await setProjectMoney({ db, context: staffOf(nvoVid), space: nvoVid, projectId, input, locale: 'en' });
		// thousands grouped from four digits on, as Slovenian accounts write them (CLDR would leave 1234,50 €)
		expect(money.total?.text).toEqual({ sl: '1.234,50\u00a0€', en: '€1,234.50' });
		expect(money.fundingLines[0]).toMatchObject({ name: 'Evropska unija', fund: 'ESS', priorityAxis: '11', investmentPriority: '11.4', organisation: null });
		expect(money.call?.reference).toBe('Uradni list RS 48/19');
		const { items } = await createAuditRepository({ db }).list({ entityType: 'project' }, { limit: 1, offset: 0 });
		const [entry] = items;
		expect(entry).toMatchObject({ action: 'project.money_set', before: { total: '76.334,02\u00a0€' }, after: { total: '1.234,50\u00a0€' } });
		// `1.000` is a thousand in Slovenian and refused as ambiguous in English; three decimals never fit
		const problems = async (total: string, locale: 'sl' | 'en') => {
			const error = await failureOf(setProjectMoney({ db, context: staffOf(nvoVid), space: nvoVid, projectId, input: { total }, locale }));
			return (error as { issues: { message: string; path: unknown[] }[] }).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		};
		expect(await problems('1.000', 'en')).toEqual(['total: amount_ambiguous']);
		expect(await problems('12,345', 'sl')).toEqual(['total: amount_ambiguous']);
		expect(await problems('12,3456', 'sl')).toEqual(['total: amount_decimals']);
		expect((await setProjectMoney({ db, context: staffOf(nvoVid), space: nvoVid, projectId, input: { total: '1.000' } })).total?.cents).toBe(100000);
	});

	it('lets anyone read, only admins and staff set money, and staff of any space record calls', async () => {
		const { db } = database;
		const grozd = await findSpaceRef(db, 'grozd');
		const input = { total: '10,00' };
		expect(await failureOf(setProjectMoney({ db, context: staffOf(grozd), space: nvoVid, projectId, input }))).toMatchObject({ code: 'forbidden' });
		expect(await failureOf(setProjectMoney({ db, context: { actor: anonymous, source: 'api' }, space: nvoVid, projectId, input }))).toMatchObject({
			code: 'unauthenticated'
		});
		const member = { actor: personIn(grozd.id, 'viewer'), source: 'form' as const };
		expect(await failureOf(createPublicCall({ db, context: member, input: { title: { sl: 'Razpis' }, year: 2020 } }))).toMatchObject({ code: 'forbidden' });
		expect((await createPublicCall({ db, context: staffOf(grozd), input: { title: { sl: 'Razpis' }, year: 2020 } })).year).toBe(2020);
	});

	it('moves funding lines and calls of a merged organisation to the one kept', async () => {
		const { db } = database;
		const cli = { actor: cliActor, source: 'cli' } as const;
		const twin = await createOrganisation({ db, context: cli, input: { name: 'MJU (dvojnik)', legalForm: 'association' } });
		const kept = await createOrganisation({ db, context: cli, input: { name: 'Ministrstvo (ohranjeno)', legalForm: 'association' } });
		const call = await createPublicCall({ db, context: cli, input: { title: { sl: 'Razpis dvojnika' }, funderOrganisationId: twin.id, year: 2021 } });
		await setProjectMoney({
			db,
			context: cli,
			space: nvoVid,
			projectId,
			input: { total: '10,00', callId: call.id, fundingLines: [{ organisationId: twin.id, amount: '10,00' }] }
		});
		const result = await mergeOrganisations({
			db,
			context: cli,
			keepId: kept.id,
			mergeId: twin.id,
			force: true,
			references: organisationReferencesOf(modules)
		});
		expect(result.moved).toMatchObject({ projectFundingLines: 1, publicCalls: 1 });
		const money = await getProjectMoney({ db, actor: anonymous, space: nvoVid, projectId });
		expect([money.fundingLines[0]?.organisation?.id, money.call?.funder?.id]).toEqual([kept.id, kept.id]);
	});

	it('turns numeric(14,2) into cents and back exactly', () => {
		for (const cents of [0, 5, 7633402, 99999999999999]) expect(centsOfNumeric(numericOfCents(cents))).toBe(cents);
		expect(centsOfNumeric('76334.02')).toBe(7633402);
		expect(centsOfNumeric('60000')).toBe(6000000);
	});
});
