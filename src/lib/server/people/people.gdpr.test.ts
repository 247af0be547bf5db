import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { SpaceRole } from '../../policy/roles.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { cliActor, type Actor } from '../policy/actor.ts';
import { addMembership } from '../memberships/memberships.usecases.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { erasePerson, exportPersonalData, personalDataRights } from './people.gdpr.ts';
import { erasedName } from './people.repository.ts';
import { addAffiliation, createPerson, getPerson, listPeople, recordConsent, updatePerson } from './people.usecases.ts';
import { modules } from '../modules.ts';
import { personReferencesOf } from '../manifest/manifest.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';

const references = personReferencesOf(modules);

const cli = { actor: cliActor, source: 'cli' } as const;
/** The hub the person's organisation belongs to; another hub has nothing to do with them. */
let hub: string;
let otherHub: string;
const person = (role: SpaceRole, spaceId = hub): Actor => ({
	kind: 'session',
	userId: `user-${role}`,
	email: `${role}@example.si`,
	name: role,
	isPlatformAdmin: false,
	memberships: new Map([[spaceId, { role, organisationId: null }]])
});
const as = (actor: Actor) => ({ actor, source: 'form' as const });

describe('GDPR export and erasure', () => {
	let database: DatabaseHandle;
	let asociacija: string;
	let ljudmila: string;
	let mojca: string;

	/** People and affiliations per organisation, straight from the tables. */
	async function countsByOrganisation() {
		const result = await database.db.execute(sql`select organisation_id as "organisationId", count(*)::int as affiliations,
			count(distinct person_id)::int as people from affiliations group by organisation_id order by organisation_id`);
		return (result as unknown as { rows?: unknown[] }).rows ?? result;
	}

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		asociacija = (await createOrganisation({ db, context: cli, input: { name: 'Društvo Asociacija', legalForm: 'association' } })).id;
		ljudmila = (await createOrganisation({ db, context: cli, input: { name: 'LJUDMILA', legalForm: 'association' } })).id;
		hub = (await createSpace({ db, context: cli, input: { slug: 'hub', kind: 'regional_hub', name: { sl: 'Stičišče' } } })).id;
		otherHub = (await createSpace({ db, context: cli, input: { slug: 'other', kind: 'regional_hub', name: { sl: 'Drugo stičišče' } } })).id;
		// a past member is enough: the hub held the person's data while it was one
		await addMembership({ db, context: cli, space: await findSpaceRef(database.db, 'hub'), organisationId: asociacija, input: { status: 'former' } });
		mojca = (
			await createPerson({
				db,
				context: as(person('staff')),
				input: {
					name: 'Mojca Žagar',
					email: 'mojca@asociacija.si',
					phone: '01 430 20 00',
					affiliations: [{ organisationId: asociacija, role: 'koordinatorka', since: '2019-01-01', until: '2022-12-31' }],
					consents: [{ purpose: 'data_processing', granted: true }]
				}
			})
		).id;
		await addAffiliation({ db, context: cli, personId: mojca, input: { organisationId: ljudmila, role: 'članica' } });
		await recordConsent({ db, context: cli, personId: mojca, input: { purpose: 'newsletter', granted: true } });
		await recordConsent({ db, context: cli, personId: mojca, input: { purpose: 'newsletter', granted: false } });
		await updatePerson({ db, context: cli, id: mojca, changes: { phone: '01 430 20 01' } });
		await createPerson({ db, context: cli, input: { name: 'Other Person', affiliations: [{ organisationId: asociacija }] } });
	});
	afterAll(() => database.close());

	it('exports everything about the person: record, affiliations with organisation names, consent history, audit entries', async () => {
		const exported = await exportPersonalData({ db: database.db, context: as(person('admin')), id: mojca, references });
		expect(exported.person).toMatchObject({ id: mojca, name: 'Mojca Žagar', email: 'mojca@asociacija.si', phone: '01 430 20 01', erasedAt: null });
		expect(exported.affiliations.map((affiliation) => [affiliation.organisationName, affiliation.role, affiliation.since, affiliation.until])).toEqual([
			['Društvo Asociacija', 'koordinatorka', '2019-01-01', '2022-12-31'],
			['LJUDMILA', 'članica', null, null]
		]);
		expect(exported.consents.map((record) => [record.purpose, record.granted])).toEqual([
			['data_processing', true],
			['newsletter', true],
			['newsletter', false]
		]);
		expect(exported.audit.map((entry) => entry.action)).toEqual([
			'person.create',
			'person.affiliation_add',
			'person.consent',
			'person.consent',
			'person.update'
		]);
		expect(exported.audit[4]).toMatchObject({ before: { phone: '01 430 20 00' }, after: { phone: '01 430 20 01' } });
		// nothing about anyone else
		expect(JSON.stringify(exported)).not.toContain('Other Person');
		// and who took the copy is on record
		const entries = await createAuditRepository({ db: database.db }).entriesAbout('person', mojca);
		expect(entries.at(-1)).toMatchObject({ action: 'person.export', actorLabel: 'admin@example.si' });
	});

	it('lets only admins of a space the person is connected to export or erase, and platform admins', async () => {
		const { db } = database;
		await expect(exportPersonalData({ db, context: as(person('staff')), id: mojca, references })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(erasePerson({ db, context: as(person('staff')), id: mojca, references })).rejects.toMatchObject({ code: 'forbidden' });
		const unrelatedAdmin = person('admin', otherHub);
		await expect(exportPersonalData({ db, context: as(unrelatedAdmin), id: mojca, references })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(erasePerson({ db, context: as(unrelatedAdmin), id: mojca, references })).rejects.toMatchObject({ code: 'forbidden' });
		expect(await personalDataRights({ db, actor: unrelatedAdmin, id: mojca })).toEqual({ canExport: false, canErase: false });
		expect(await personalDataRights({ db, actor: person('admin'), id: mojca })).toEqual({ canExport: true, canErase: true });
		const platformAdmin: Actor = {
			kind: 'session',
			userId: 'user-platform',
			email: 'platform@example.si',
			name: 'Platform',
			isPlatformAdmin: true,
			memberships: new Map()
		};
		await expect(exportPersonalData({ db, context: as(platformAdmin), id: mojca, references })).resolves.toMatchObject({ person: { id: mojca } });
		const exports = (await createAuditRepository({ db }).entriesAbout('person', mojca)).filter((entry) => entry.action === 'person.export');
		expect(exports.at(-1)).toMatchObject({ actorLabel: 'platform@example.si' });
	});

	it('erases for good: placeholder name, no contacts, no consents, audit data scrubbed, counts unchanged', async () => {
		const before = await countsByOrganisation();
		const staffCount = await listPeople({ db: database.db, actor: person('staff'), query: { organisation: ljudmila } });

		const erased = await erasePerson({ db: database.db, context: as(person('admin')), id: mojca, references });
		expect(erased).toMatchObject({ name: erasedName, email: null, phone: null, erased: true, consentHistory: [] });
		expect(erased.consents).toEqual({ newsletter: null, data_processing: null });
		expect(erased.erasedAt).not.toBeNull();
		expect(erased.affiliations).toHaveLength(2);

		expect(await countsByOrganisation()).toEqual(before);
		expect((await listPeople({ db: database.db, actor: person('staff'), query: { organisation: ljudmila } })).total).toBe(staffCount.total);

		const consentRows = await database.db.execute(sql`select count(*)::int as n from consents where person_id = ${mojca}`);
		expect(JSON.stringify(consentRows)).toContain('"n":0');
		const entries = await createAuditRepository({ db: database.db }).entriesAbout('person', mojca);
		const erasure = entries.at(-1)!;
		expect(erasure).toMatchObject({ action: 'person.erase', actorLabel: 'admin@example.si', after: { erased: true } });
		for (const entry of entries.slice(0, -1)) {
			expect(entry.before).toEqual({ erased: true });
			expect(entry.after).toEqual({ erased: true });
		}
		expect(entries.map((entry) => entry.action)).toContain('person.update');
		expect(JSON.stringify(entries)).not.toMatch(/Žagar|mojca@|430 20|koordinatorka/);
		expect(JSON.stringify(await getPerson({ db: database.db, actor: cliActor, id: mojca }))).not.toMatch(/Mojca|mojca@|430 20/);
	});

	it('cannot be undone or edited afterwards, and the export shows what is left', async () => {
		const context = as(person('admin'));
		// one at a time: attempts started together would reject before they are awaited
		for (const attempt of [
			() => erasePerson({ db: database.db, context, id: mojca, references }),
			() => updatePerson({ db: database.db, context, id: mojca, changes: { name: 'Mojca Žagar' } }),
			() => recordConsent({ db: database.db, context, personId: mojca, input: { purpose: 'newsletter', granted: true } }),
			() => addAffiliation({ db: database.db, context, personId: mojca, input: { organisationId: asociacija } })
		]) {
			await expect(attempt()).rejects.toMatchObject({ code: 'person_erased' });
		}
		const exported = await exportPersonalData({ db: database.db, context, id: mojca, references });
		expect(exported.person).toMatchObject({ name: erasedName, email: null, phone: null });
		expect(exported.consents).toEqual([]);
		expect(exported.affiliations).toHaveLength(2);
	});
});
