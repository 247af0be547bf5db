import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { SpaceRole, TokenScope } from '../../policy/roles.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { anonymous, cliActor, type Actor } from '../policy/actor.ts';
import { pickOrganisation } from './organisation-picker.ts';
import { addAffiliation, createPerson, endAffiliation, getPerson, listPeople, recordConsent, updatePerson } from './people.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const spaceId = '11111111-1111-4111-8111-111111111111';

const person = (role: SpaceRole, organisationId: string | null = null): Actor => ({
	kind: 'session',
	userId: `user-${role}`,
	email: `${role}@example.si`,
	name: role,
	isPlatformAdmin: false,
	memberships: new Map([[spaceId, { role, organisationId }]])
});
const token = (role: SpaceRole, scopes: TokenScope[], organisationId: string | null = null): Actor => ({
	...(person(role, organisationId) as Extract<Actor, { kind: 'session' }>),
	kind: 'token',
	tokenId: '22222222-2222-4222-8222-222222222222',
	scopes
});
const as = (actor: Actor) => ({ actor, source: 'form' as const });

/** The code a rejected call names: a domain error's, or the first validation problem's message. */
async function problemOf(work: Promise<unknown>): Promise<string> {
	const error = await work.then(
		() => undefined,
		(caught: unknown) => caught
	);
	if (error instanceof ZodError) return `${error.issues[0]!.path.join('.')}: ${error.issues[0]!.message}`;
	return (error as { code: string }).code;
}

describe('people', () => {
	let database: DatabaseHandle;
	let tri: string;
	let pina: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		tri = (
			await createOrganisation({ db: database.db, context: cli, input: { name: 'Zavod Tri', legalForm: 'private_institute', registrationNumber: '1234567' } })
		).id;
		pina = (await createOrganisation({ db: database.db, context: cli, input: { name: 'Zavod PiNA', legalForm: 'private_institute' } })).id;
	});
	afterAll(() => database.close());

	it('creates a person with an affiliation and consents, and audits it without their name or contacts', async () => {
		const created = await createPerson({
			db: database.db,
			context: as(person('staff')),
			input: {
				name: '  Špela Novak ',
				email: 'Spela.Novak@Example.si',
				phone: '+386 41/123-456',
				affiliations: [{ organisationId: tri, role: 'predsednica', since: '2021-03-01' }],
				consents: [{ purpose: 'newsletter', granted: true }]
			}
		});
		expect(created).toMatchObject({
			name: 'Špela Novak',
			email: 'spela.novak@example.si',
			phone: '+386 41/123-456',
			erased: false,
			affiliations: [{ organisationId: tri, organisationName: 'Zavod Tri', role: 'predsednica', since: '2021-03-01', until: null, current: true }],
			consents: { newsletter: { granted: true, source: 'form' }, data_processing: null }
		});
		const [entry] = await createAuditRepository({ db: database.db }).entriesAbout('person', created.id);
		expect(entry).toMatchObject({ action: 'person.create', actorLabel: 'staff@example.si' });
		expect(JSON.stringify(entry!.after)).not.toMatch(/Novak|example\.si|123-456/);
	});

	it('names what is wrong with the input', async () => {
		const attempt = (input: Record<string, unknown>) => problemOf(createPerson({ db: database.db, context: cli, input: { name: 'Ana', ...input } }));
		expect(await attempt({ name: ' ' })).toBe('name: person_name_required');
		expect(await attempt({ email: 'ana@' })).toBe('email: person_email_format');
		expect(await attempt({ phone: '041 abc' })).toBe('phone: person_phone_format');
		expect(await attempt({ affiliations: [{ organisationId: tri, since: '2022-01-01', until: '2021-12-31' }] })).toBe(
			'affiliations.0.until: affiliation_until_before_since'
		);
		expect(await attempt({ consents: [{ purpose: 'marketing', granted: true }] })).toMatch(/^consents\.0\.purpose/);
		expect(await attempt({ affiliations: [{ organisationId: '33333333-3333-4333-8333-333333333333' }] })).toBe('organisation_not_found');
		// the same day for start and end is a valid one-day affiliation
		await expect(
			createPerson({ db: database.db, context: cli, input: { name: 'Ana', affiliations: [{ organisationId: tri, since: '2022-01-01', until: '2022-01-01' }] } })
		).resolves.toMatchObject({ name: 'Ana' });
	});

	it('keeps every consent change with its time, newest first, and the latest in force', async () => {
		const { id } = await createPerson({ db: database.db, context: cli, input: { name: 'Bor Kos', consents: [{ purpose: 'data_processing', granted: true }] } });
		await recordConsent({ db: database.db, context: cli, personId: id, input: { purpose: 'newsletter', granted: true } });
		await recordConsent({ db: database.db, context: as(person('staff')), personId: id, input: { purpose: 'newsletter', granted: false } });
		const bor = await getPerson({ db: database.db, actor: cliActor, id });
		expect(bor.consentHistory.map((record) => [record.purpose, record.granted, record.source])).toEqual([
			['newsletter', false, 'form'],
			['newsletter', true, 'cli'],
			['data_processing', true, 'cli']
		]);
		const times = bor.consentHistory.map((record) => Date.parse(record.recordedAt));
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(bor.consents).toMatchObject({ newsletter: { granted: false }, data_processing: { granted: true } });
	});

	it('changes only the fields sent, null clears, and the audit entry holds only what changed', async () => {
		const { id } = await createPerson({ db: database.db, context: cli, input: { name: 'Cene Zupan', email: 'cene@example.si', phone: '041 111 222' } });
		const changed = await updatePerson({ db: database.db, context: cli, id, changes: { phone: null, name: 'Cene Župan' } });
		expect(changed).toMatchObject({ name: 'Cene Župan', email: 'cene@example.si', phone: null });
		const entries = await createAuditRepository({ db: database.db }).entriesAbout('person', id);
		expect(entries.at(-1)).toMatchObject({
			action: 'person.update',
			before: { name: 'Cene Zupan', phone: '041 111 222' },
			after: { name: 'Cene Župan', phone: null }
		});
		await expect(updatePerson({ db: database.db, context: cli, id, changes: { nickname: 'C' } })).rejects.toBeInstanceOf(ZodError);
	});

	it('adds and ends affiliations; an ended one is history, not current', async () => {
		const { id } = await createPerson({
			db: database.db,
			context: cli,
			input: { name: 'Dana Vidmar', affiliations: [{ organisationId: tri, since: '2020-01-01' }] }
		});
		const added = await addAffiliation({ db: database.db, context: cli, personId: id, input: { organisationId: pina, role: 'prostovoljka' } });
		const atTri = added.affiliations.find((affiliation) => affiliation.organisationId === tri)!;
		expect(await problemOf(endAffiliation({ db: database.db, context: cli, personId: id, input: { affiliationId: atTri.id, until: '2019-12-31' } }))).toBe(
			'affiliation_until_before_since'
		);
		const ended = await endAffiliation({ db: database.db, context: cli, personId: id, input: { affiliationId: atTri.id, until: '2024-06-30' } });
		expect(ended.affiliations.map((affiliation) => [affiliation.organisationName, affiliation.until, affiliation.current])).toEqual([
			['Zavod Tri', '2024-06-30', false],
			['Zavod PiNA', null, true]
		]);
		const atTriNow = await listPeople({ db: database.db, actor: cliActor, query: { organisation: tri, q: 'dana' } });
		expect(atTriNow.total).toBe(0);
		expect(
			await problemOf(
				endAffiliation({ db: database.db, context: cli, personId: id, input: { affiliationId: '44444444-4444-4444-8444-444444444444', until: '2024-01-01' } })
			)
		).toBe('affiliation_not_found');
	});

	it('lists people by name, filtered by organisation, searched ignoring case and diacritics, in pages', async () => {
		const org = (await createOrganisation({ db: database.db, context: cli, input: { name: 'Društvo Listanje', legalForm: 'association' } })).id;
		for (const [name, email] of [
			['Žiga Černe', 'ziga@listanje.si'],
			['Ana Šuštar', 'ana@listanje.si'],
			['Zala Čop', 'zala@listanje.si'],
			['Bojan Ziherl', 'bojan@listanje.si']
		])
			await createPerson({ db: database.db, context: cli, input: { name, email, affiliations: [{ organisationId: org }] } });
		const all = await listPeople({ db: database.db, actor: person('staff'), query: { organisation: org } });
		expect(all.items.map((item) => item.name)).toEqual(['Ana Šuštar', 'Bojan Ziherl', 'Zala Čop', 'Žiga Černe']);
		expect(all.items[0]!.affiliations).toMatchObject([{ organisationName: 'Društvo Listanje' }]);
		const fromZ = await listPeople({ db: database.db, actor: person('staff'), query: { organisation: org, pageSize: 3 }, order: 'desc' });
		expect(fromZ.items.map((item) => item.name)).toEqual(['Žiga Černe', 'Zala Čop', 'Bojan Ziherl']);
		const found = await listPeople({ db: database.db, actor: person('staff'), query: { organisation: org, q: 'CERNE' } });
		expect(found.items.map((item) => item.name)).toEqual(['Žiga Černe']);
		expect((await listPeople({ db: database.db, actor: cliActor, query: { q: 'bojan@listanje' } })).items.map((item) => item.name)).toEqual(['Bojan Ziherl']);
		const second = await listPeople({ db: database.db, actor: cliActor, query: { organisation: org, page: '2', pageSize: '3' } });
		expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
		expect(second.items.map((item) => item.name)).toEqual(['Žiga Černe']);
	});

	describe('who may', () => {
		let ownPerson: string;
		let otherPerson: string;
		const editor = () => person('member_editor', tri);

		beforeAll(async () => {
			ownPerson = (await createPerson({ db: database.db, context: cli, input: { name: 'Eva Tri', affiliations: [{ organisationId: tri }] } })).id;
			otherPerson = (await createPerson({ db: database.db, context: cli, input: { name: 'Filip PiNA', affiliations: [{ organisationId: pina }] } })).id;
		});

		it('staff of any space read and change anyone', async () => {
			const staff = person('staff');
			await expect(getPerson({ db: database.db, actor: staff, id: otherPerson })).resolves.toMatchObject({ name: 'Filip PiNA' });
			await expect(updatePerson({ db: database.db, context: as(staff), id: otherPerson, changes: { phone: '01 234 56 78' } })).resolves.toMatchObject({
				phone: '01 234 56 78'
			});
		});

		it('a member editor reads, adds and changes the people of their own organisation only', async () => {
			await expect(getPerson({ db: database.db, actor: editor(), id: ownPerson })).resolves.toMatchObject({ name: 'Eva Tri' });
			await expect(updatePerson({ db: database.db, context: as(editor()), id: ownPerson, changes: { email: 'eva@tri.si' } })).resolves.toMatchObject({
				email: 'eva@tri.si'
			});
			await expect(
				createPerson({ db: database.db, context: as(editor()), input: { name: 'Nova', affiliations: [{ organisationId: tri }] } })
			).resolves.toBeTruthy();
			expect(await problemOf(getPerson({ db: database.db, actor: editor(), id: otherPerson }))).toBe('forbidden');
			expect(await problemOf(updatePerson({ db: database.db, context: as(editor()), id: otherPerson, changes: { name: 'X' } }))).toBe('forbidden');
			expect(await problemOf(createPerson({ db: database.db, context: as(editor()), input: { name: 'X' } }))).toBe('forbidden');
			expect(
				await problemOf(
					createPerson({ db: database.db, context: as(editor()), input: { name: 'X', affiliations: [{ organisationId: tri }, { organisationId: pina }] } })
				)
			).toBe('forbidden');
			expect(await problemOf(addAffiliation({ db: database.db, context: as(editor()), personId: ownPerson, input: { organisationId: pina } }))).toBe(
				'forbidden'
			);
			expect(
				await problemOf(recordConsent({ db: database.db, context: as(editor()), personId: otherPerson, input: { purpose: 'newsletter', granted: true } }))
			).toBe('forbidden');
		});

		it('a member editor’s list holds their organisation’s people only', async () => {
			const listed = await listPeople({ db: database.db, actor: editor(), query: {} });
			expect(listed.items.length).toBeGreaterThan(0);
			expect(listed.items.every((item) => item.affiliations.some((affiliation) => affiliation.organisationId === tri))).toBe(true);
			expect(await problemOf(listPeople({ db: database.db, actor: editor(), query: { organisation: pina } }))).toBe('forbidden');
		});

		it('viewers, member editors without an organisation and anonymous callers nobody', async () => {
			for (const actor of [person('viewer'), person('member_editor')]) {
				expect(await problemOf(getPerson({ db: database.db, actor, id: ownPerson }))).toBe('forbidden');
				expect(await problemOf(listPeople({ db: database.db, actor, query: {} }))).toBe('forbidden');
				expect(await problemOf(createPerson({ db: database.db, context: as(actor), input: { name: 'X', affiliations: [{ organisationId: tri }] } }))).toBe(
					'forbidden'
				);
			}
			expect(await problemOf(getPerson({ db: database.db, actor: anonymous, id: ownPerson }))).toBe('unauthenticated');
			expect(await problemOf(listPeople({ db: database.db, actor: anonymous, query: {} }))).toBe('unauthenticated');
			// an unknown id tells an outsider nothing more than a known one
			expect(await problemOf(getPerson({ db: database.db, actor: person('viewer'), id: '55555555-5555-4555-8555-555555555555' }))).toBe('forbidden');
			expect(await problemOf(getPerson({ db: database.db, actor: person('staff'), id: 'not-a-uuid' }))).toBe('person_not_found');
		});

		it('tokens need the people scopes', async () => {
			await expect(getPerson({ db: database.db, actor: token('staff', ['people:read']), id: otherPerson })).resolves.toBeTruthy();
			expect(await problemOf(getPerson({ db: database.db, actor: token('staff', ['organisations:write']), id: otherPerson }))).toBe('token_scope_missing');
			expect(await problemOf(updatePerson({ db: database.db, context: as(token('staff', ['people:read'])), id: otherPerson, changes: { name: 'X' } }))).toBe(
				'token_scope_missing'
			);
			await expect(
				updatePerson({ db: database.db, context: as(token('member_editor', ['people:write'], tri)), id: ownPerson, changes: { phone: '040 000 000' } })
			).resolves.toMatchObject({ phone: '040 000 000' });
		});
	});

	it('picks an organisation by registration number or by its exact name', async () => {
		await expect(pickOrganisation({ db: database.db, typed: ' 1234567 ' })).resolves.toMatchObject({ id: tri });
		await expect(pickOrganisation({ db: database.db, typed: 'zavod pina' })).resolves.toMatchObject({ id: pina });
		expect(await problemOf(pickOrganisation({ db: database.db, typed: 'Zavod' }))).toBe('organisation_not_matched');
		await createOrganisation({ db: database.db, context: cli, input: { name: 'Zavod PiNA', legalForm: 'private_institute' } });
		expect(await problemOf(pickOrganisation({ db: database.db, typed: 'Zavod PiNA' }))).toBe('organisation_ambiguous');
	});
});
