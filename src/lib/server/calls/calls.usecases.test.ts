import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { personIn } from '../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { countingDatabase, type CountingDatabase } from '../../../../tests/support/query-count.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { asc, eq } from 'drizzle-orm';
import { auditLog } from '../audit/audit.table.ts';
import { addMembership } from '../memberships/memberships.usecases.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { anonymous, cliActor } from '../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../spaces/space-scope.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { callsDigestSection } from './calls.digest.ts';
import {
	changeApplication,
	changeCall,
	createCall,
	getCall,
	listCallApplications,
	listCalls,
	listCallsForOrganisation,
	listEligibleOrganisations,
	listOrganisationApplications,
	recordApplication
} from './calls.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

describe('funding calls', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let other: SpaceRef;
	const ids: Record<string, string> = {};

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		await createSpace({ db, context: cli, input: { slug: 'iskra', kind: 'regional_hub', name: { sl: 'Iskra' } } });
		await createSpace({ db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } });
		hub = await findSpaceRef(db, 'iskra');
		other = await findSpaceRef(db, 'grozd');
		const organisation = async (key: string, input: Record<string, unknown>, space?: SpaceRef) => {
			ids[key] = (await createOrganisation({ db, context: cli, input })).id;
			if (space) await addMembership({ db, context: cli, space, organisationId: ids[key]!, input: { status: 'member', since: '2021-01-01' } });
		};
		await organisation('ministry', { name: 'Ministrstvo za javno upravo', legalForm: 'public_body', municipalityCode: '061' });
		// members of Iskra: an association in Koper (Obalno-kraška) on culture, an institute in Koper on youth, an association in Ljubljana on culture
		await organisation('pina', { name: 'Kulturno izobraževalno društvo PiNA', legalForm: 'association', municipalityCode: '050', fields: ['culture'] }, hub);
		await organisation('institute', { name: 'Zavod Mladi', legalForm: 'private_institute', municipalityCode: '050', fields: ['youth'] }, hub);
		await organisation('ljubljana', { name: 'Društvo Ljubljana', legalForm: 'association', municipalityCode: '061', fields: ['culture'] }, hub);
		// a member of another space only
		await organisation('kranj', { name: 'Društvo Kranj', legalForm: 'association', municipalityCode: '052', fields: ['culture', 'youth'] }, other);
		// not a member anywhere
		await organisation('outsider', { name: 'Društvo Zunaj', legalForm: 'association', municipalityCode: '050', fields: ['culture'] });
	});
	afterAll(() => database.close());

	const staff = () => personIn(hub.id, 'staff');

	it('keeps an amount exactly as the call states it: 5.726.000 stays 5726000.00, in both languages', async () => {
		const { db } = database;
		const call = await createCall({
			db,
			context: { actor: staff(), source: 'form' },
			input: {
				title: { sl: 'Javni razpis za sofinanciranje projektov razvoja NVO 2027' },
				funderOrganisationId: ids.ministry,
				totalAmount: '5.726.000',
				amountMin: '20.000,00',
				amountMax: '60.000,00 EUR',
				deadlines: [{ date: '31. 1. 2031', time: '12.00' }, { date: '2031-06-30' }],
				cofinancingRequired: true,
				cofinancingShare: '20 %'
			}
		});
		expect(call.totalAmount).toEqual({ amount: '5726000.00', currency: 'EUR', text: { sl: '5.726.000,00 EUR', en: 'EUR 5,726,000.00' } });
		expect(call.amountMax?.amount).toBe('60000.00');
		expect(call.deadline).toBe('2031-01-31T12:00:00+01:00');
		expect(call.deadlines.map((deadline) => deadline.at)).toEqual(['2031-01-31T12:00:00+01:00', '2031-06-30T23:59:00+02:00']);
		expect(call.open).toBe(true);
		expect(call.year).toBe(2031);
		expect(call.enteredInSpaceId).toBe(hub.id);
		expect(call.cofinancing).toEqual({ required: true, share: '20.00' });
		// the English writing of the same amount gives the same cents
		const english = await createCall({ db, context: cli, locale: 'en', input: { title: { sl: 'Drugi razpis' }, totalAmount: '5,726,000.00' } });
		expect(english.totalAmount?.amount).toBe('5726000.00');
		// an amount that could be read two ways is refused, beside its field
		const ambiguous = createCall({ db, context: cli, input: { title: { sl: 'Tretji' }, totalAmount: '5,726' } });
		await expect(ambiguous).rejects.toBeInstanceOf(ZodError);
		await expect(ambiguous).rejects.toMatchObject({ issues: [{ path: ['totalAmount'], message: 'amount_ambiguous' }] });
		expect(await getCall({ db, actor: anonymous, callId: call.id })).toEqual(call);
	});

	it('lets a member editor read calls but never enter or edit one', async () => {
		const { db } = database;
		const editor = personIn(hub.id, 'member_editor', ids.pina);
		await expect(createCall({ db, context: { actor: editor, source: 'form' }, input: { title: { sl: 'X' } } })).rejects.toMatchObject({ code: 'forbidden' });
		const [call] = await listCalls({ db, actor: anonymous, query: { status: 'open' } });
		await expect(changeCall({ db, context: { actor: editor, source: 'form' }, callId: call!.id, input: { closed: true } })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(changeCall({ db, context: { actor: anonymous, source: 'form' }, callId: call!.id, input: { closed: true } })).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		// staff of another space may: calls are the platform's
		const changed = await changeCall({
			db,
			context: { actor: personIn(other.id, 'staff'), source: 'form' },
			callId: call!.id,
			input: { link: 'https://www.gov.si/razpis' }
		});
		expect(changed.link).toBe('https://www.gov.si/razpis');
		expect(changed.totalAmount?.amount).toBe('5726000.00');
	});

	it('matches members by legal form, region and field, an empty criterion restricting nothing, in one query', async () => {
		const { db } = database;
		const make = async (title: string, terms: Record<string, unknown>) =>
			(await createCall({ db, context: cli, input: { title: { sl: title }, deadlines: [{ date: '2031-03-01' }], ...terms } })).id;
		const coastalAssociations = await make('Obalne kulturne zveze', { legalForms: ['association'], regionCodes: ['SI044'], fields: ['culture'] });
		const anyone = await make('Za vse', {});
		const youth = await make('Mladinski', { fields: ['youth', 'sport'] });
		const institutes = await make('Zavodi', { legalForms: ['private_institute', 'foundation'] });
		const names = async (callId: string, spaceId?: string) =>
			(await listEligibleOrganisations({ db, actor: cliActor, callId, spaceId })).map((organisation) => organisation.name);

		expect(await names(coastalAssociations, hub.id)).toEqual(['Kulturno izobraževalno društvo PiNA']);
		expect(await names(anyone, hub.id)).toEqual(['Društvo Ljubljana', 'Kulturno izobraževalno društvo PiNA', 'Zavod Mladi']);
		expect(await names(anyone)).toEqual(['Društvo Kranj', 'Društvo Ljubljana', 'Kulturno izobraževalno društvo PiNA', 'Zavod Mladi']);
		expect(await names(youth)).toEqual(['Društvo Kranj', 'Zavod Mladi']);
		expect(await names(institutes, other.id)).toEqual([]);

		// staff of a space see their members; staff of another space do not see Iskra's
		await expect(listEligibleOrganisations({ db, actor: personIn(other.id, 'staff'), callId: anyone, spaceId: hub.id })).rejects.toMatchObject({
			code: 'forbidden'
		});

		// the number of queries does not grow with the members
		const counting: CountingDatabase = countingDatabase(database.url);
		try {
			const queries = await counting.queriesOf((countingDb) => listEligibleOrganisations({ db: countingDb, actor: cliActor, callId: anyone }));
			expect(queries).toBe(2);
			const forOrganisation = await counting.queriesOf((countingDb) =>
				listCallsForOrganisation({ db: countingDb, actor: cliActor, organisationId: ids.pina! })
			);
			expect(forOrganisation).toBe(1);
		} finally {
			await counting.close();
		}

		// a member editor sees the open calls their organisation may apply to, and only for it
		const editor = personIn(hub.id, 'member_editor', ids.institute);
		const forInstitute = (await listCallsForOrganisation({ db, actor: editor, organisationId: ids.institute! })).map((call) => call.title.sl);
		expect(forInstitute).toEqual(expect.arrayContaining(['Za vse', 'Mladinski', 'Zavodi']));
		expect(forInstitute).not.toContain('Obalne kulturne zveze');
		await expect(listCallsForOrganisation({ db, actor: editor, organisationId: ids.pina! })).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('lists open calls by their next deadline with filters, and closed ones in the archive', async () => {
		const { db } = database;
		await createCall({ db, context: cli, input: { title: { sl: 'Pretekli razpis' }, deadlines: [{ date: '2020-05-01' }], totalAmount: '100.000' } });
		const now = new Date('2026-11-28T12:00:00Z');
		const open = await listCalls({ db, actor: anonymous, query: { status: 'open' }, now });
		expect(open.every((call) => call.open)).toBe(true);
		expect(open.map((call) => call.deadline)).toEqual([...open.map((call) => call.deadline)].sort());
		const archive = await listCalls({ db, actor: anonymous, query: { status: 'closed' }, now });
		expect(archive.map((call) => call.title.sl)).toEqual(expect.arrayContaining(['Pretekli razpis', 'Drugi razpis']));
		expect(archive.find((call) => call.title.sl === 'Pretekli razpis')?.deadline).toBe('2020-05-01T23:59:00+02:00');
		const coastal = await listCalls({ db, actor: anonymous, query: { status: 'open', region: 'SI044', legalForm: 'association', field: 'culture' }, now });
		expect(coastal.map((call) => call.title.sl)).toContain('Obalne kulturne zveze');
		expect(coastal.map((call) => call.title.sl)).not.toContain('Mladinski');
		const big = await listCalls({ db, actor: anonymous, query: { minAmount: '50.000' }, now });
		expect(big.map((call) => call.title.sl).sort()).toEqual(['Drugi razpis', 'Javni razpis za sofinanciranje projektov razvoja NVO 2027', 'Pretekli razpis']);
		const soon = await listCalls({ db, actor: anonymous, query: { deadlineBefore: '1. 2. 2031' }, now });
		expect(soon.map((call) => call.title.sl)).toEqual(['Javni razpis za sofinanciranje projektov razvoja NVO 2027']);
		const byFunder = await listCalls({ db, actor: anonymous, query: { funder: ids.ministry }, now });
		expect(byFunder).toHaveLength(1);
	});

	it('records applications and outcomes with exact amounts, for the space that records them, audited', async () => {
		const { db } = database;
		const [call] = await listCalls({ db, actor: anonymous, query: { funder: ids.ministry } });
		const context = { actor: staff(), source: 'form' } as const;
		const applied = await recordApplication({ db, context, callId: call!.id, input: { organisationId: ids.pina, appliedOn: '15. 1. 2031' } });
		expect(applied).toMatchObject({
			status: 'applied',
			appliedOn: '2031-01-15',
			spaceId: hub.id,
			grantedAmount: null,
			organisation: { name: 'Kulturno izobraževalno društvo PiNA' }
		});
		await expect(
			changeApplication({ db, context: { actor: personIn(other.id, 'staff'), source: 'form' }, applicationId: applied.id, input: { status: 'rejected' } })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(changeApplication({ db, context, applicationId: applied.id, input: { status: 'rejected', grantedAmount: '1.000' } })).rejects.toBeInstanceOf(
			ZodError
		);
		const granted = await changeApplication({
			db,
			context,
			applicationId: applied.id,
			input: { status: 'granted', grantedAmount: '59.999,99', decidedOn: '2031-04-01' }
		});
		expect(granted.grantedAmount).toEqual({ amount: '59999.99', currency: 'EUR', text: { sl: '59.999,99 EUR', en: 'EUR 59,999.99' } });
		const withdrawn = await recordApplication({ db, context, callId: call!.id, input: { organisationId: ids.institute, status: 'withdrawn' } });
		expect(withdrawn.status).toBe('withdrawn');

		expect((await listCallApplications({ db, actor: staff(), callId: call!.id })).map((row) => row.status).sort()).toEqual(['granted', 'withdrawn']);
		// another space's staff do not see Iskra's applications
		expect(await listCallApplications({ db, actor: personIn(other.id, 'staff'), callId: call!.id })).toEqual([]);
		// the organisation's history, for its member editor
		const history = await listOrganisationApplications({ db, actor: personIn(hub.id, 'member_editor', ids.pina), organisationId: ids.pina! });
		expect(history.map((row) => [row.status, row.grantedAmount?.amount])).toEqual([['granted', '59999.99']]);
		await expect(
			recordApplication({
				db,
				context: { actor: personIn(hub.id, 'member_editor', ids.pina), source: 'form' },
				callId: call!.id,
				input: { organisationId: ids.pina }
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		const audit = await db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(eq(auditLog.entityType, 'call_application'))
			.orderBy(asc(auditLog.createdAt), asc(auditLog.id));
		expect(audit.map((row) => row.action)).toEqual(['call_application.create', 'call_application.change', 'call_application.create']);
	});

	it('offers the digest the calls published in the period and still open, those the organisations of the recipient are eligible for', async () => {
		const { db } = database;
		const since = new Date(Date.now() - 3_600_000);
		const until = new Date(Date.now() + 60_000);
		const recipient = (organisationIds: string[], locale: 'sl' | 'en' = 'sl') => ({ email: 'clanica@example.si', personId: null, organisationIds, locale });
		const collect = (organisationIds: string[], locale?: 'sl' | 'en') =>
			callsDigestSection.collect({ db, spaceId: hub.id, recipient: recipient(organisationIds, locale), since, until, publicUrl: 'https://sticisce.example/' });

		const everything = (await collect([])).map((item) => item.title);
		expect(everything).toEqual(expect.arrayContaining(['Javni razpis za sofinanciranje projektov razvoja NVO 2027', 'Obalne kulturne zveze', 'Mladinski']));
		// closed calls are not offered, however new
		expect(everything).not.toContain('Pretekli razpis');
		expect(everything).not.toContain('Drugi razpis');

		const forInstitute = await collect([ids.institute!]);
		expect(forInstitute.map((item) => item.title)).not.toContain('Obalne kulturne zveze');
		expect(forInstitute.map((item) => item.title)).toContain('Zavodi');
		const [first] = (await collect([ids.pina!])).filter((item) => item.title.startsWith('Javni razpis'));
		expect(first).toMatchObject({
			url: expect.stringMatching(/^https:\/\/sticisce\.example\/calls\/[0-9a-f-]{36}$/),
			when: '2031-01-31T12:00:00+01:00',
			detail: 'rok: 31. januar 2031 ob 12.00 · vrednost: 5.726.000,00 EUR'
		});
		const [english] = (await collect([ids.pina!], 'en')).filter((item) => item.title.startsWith('Javni razpis'));
		expect(english).toMatchObject({ url: expect.stringContaining('/en/calls/'), detail: 'deadline: 31 January 2031 at 12:00 · amount: EUR 5,726,000.00' });
		// published before the period: not in this digest
		expect(
			await callsDigestSection.collect({
				db,
				spaceId: hub.id,
				recipient: recipient([]),
				since: new Date(Date.now() - 7_200_000),
				until: since,
				publicUrl: 'https://x.example'
			})
		).toEqual([]);
		expect(callsDigestSection.heading('sl')).toBe('Odprti razpisi');
	});
});
