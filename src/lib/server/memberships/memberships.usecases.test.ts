import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { SpaceRole } from '../../policy/roles.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { anonymous, cliActor, type Actor } from '../policy/actor.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';
import {
	addMembership,
	changeMembership,
	countMembersByRegion,
	findOrganisationsToAdd,
	listMemberNames,
	listMembers,
	removeMembership,
	setMembership
} from './memberships.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

describe('memberships', () => {
	let database: DatabaseHandle;
	let grozd: string;
	let iskra: string;
	const organisation: Record<string, string> = {};
	const person = (spaceId: string, role: SpaceRole, organisationId: string | null = null): Actor => ({
		kind: 'session',
		userId: `user-${role}-${spaceId}`,
		email: `${role}@example.si`,
		name: role,
		isPlatformAdmin: false,
		memberships: new Map([[spaceId, { role, organisationId }]])
	});
	const as = (actor: Actor) => ({ actor, source: 'form' as const });
	const problemOf = async (promise: Promise<unknown>) => {
		const error = await promise.catch((caught: unknown) => caught);
		return error instanceof ZodError ? error.issues[0]?.message : (error as { code: string }).code;
	};

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		grozd = (await createSpace({ db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } })).id;
		iskra = (await createSpace({ db, context: cli, input: { slug: 'iskra', kind: 'regional_hub', name: { sl: 'Iskra' } } })).id;
		const add = async (key: string, input: Record<string, unknown>) =>
			(organisation[key] = (await createOrganisation({ db, context: cli, input: { legalForm: 'association', ...input } })).id);
		await add('kranj', { name: 'Društvo Stičišče Kranj', registrationNumber: '1111111', municipalityCode: '052' });
		await add('jesenice', { name: 'Planinsko društvo Jesenice', municipalityCode: '041' });
		await add('koper', { name: 'Zavod PiNA', legalForm: 'private_institute', municipalityCode: '050' });
		await add('nowhere', { name: 'Društvo brez sedeža' });
		await add('applicant', { name: 'Kandidatka Kranj', municipalityCode: '052' });
	});
	afterAll(() => database.close());

	it('lets admins and staff of the space add organisations, and audits each with the space', async () => {
		const { db } = database;
		const staff = as(person(grozd, 'staff'));
		const added = await addMembership({
			db,
			context: staff,
			space: await findSpaceRef(database.db, 'grozd'),
			organisationId: organisation.kranj!,
			input: { status: 'member', since: '2020-01-15' }
		});
		expect(added).toEqual({
			spaceId: grozd,
			organisationId: organisation.kranj,
			status: 'member',
			since: '2020-01-15',
			until: null,
			updatedAt: expect.any(String)
		});
		const admin = as(person(grozd, 'admin'));
		for (const key of ['jesenice', 'koper', 'nowhere']) {
			await addMembership({
				db,
				context: admin,
				space: await findSpaceRef(database.db, 'grozd'),
				organisationId: organisation[key]!,
				input: { status: 'member' }
			});
		}
		await addMembership({
			db,
			context: admin,
			space: await findSpaceRef(database.db, 'grozd'),
			organisationId: organisation.applicant!,
			input: { status: 'applicant' }
		});
		const audit = await createAuditRepository({ db }).list({ spaceId: grozd, entityType: 'membership' }, { limit: 20, offset: 0 });
		expect(audit.items).toHaveLength(5);
		expect(audit.items.find((entry) => entry.entityId === organisation.kranj)).toMatchObject({
			action: 'membership.create',
			actorLabel: 'staff@example.si',
			after: { status: 'member', since: '2020-01-15' }
		});
	});

	it('refuses viewers, member editors, staff of another space and anonymous callers', async () => {
		const { db } = database;
		const space = await findSpaceRef(db, 'grozd');
		const attempt = (actor: Actor) =>
			problemOf(addMembership({ db, context: as(actor), space, organisationId: organisation.koper!, input: { status: 'member' } }));
		expect(await attempt(person(grozd, 'viewer'))).toBe('forbidden');
		expect(await attempt(person(grozd, 'member_editor', organisation.koper!))).toBe('forbidden');
		expect(await attempt(person(iskra, 'admin'))).toBe('forbidden');
		expect(await attempt(anonymous)).toBe('unauthenticated');
	});

	it('names what is wrong: an end before the start, a second membership, an unknown organisation or space', async () => {
		const { db } = database;
		const add = (organisationId: string, input: Record<string, unknown>, slug = 'grozd') =>
			problemOf(findSpaceRef(db, slug).then((space) => addMembership({ db, context: cli, space, organisationId, input: input })));
		expect(await add(organisation.koper!, { status: 'member' }, 'iskra')).toBe(undefined);
		expect(await add(organisation.jesenice!, { status: 'former', since: '2021-05-01', until: '2021-04-30' }, 'iskra')).toBe('until_before_since');
		expect(await add(organisation.kranj!, { status: 'member' })).toBe('membership_exists');
		expect(await add('00000000-0000-4000-8000-000000000000', { status: 'member' })).toBe('organisation_not_found');
		expect(await add('not-a-uuid', { status: 'member' })).toBe('organisation_not_found');
		expect(await add(organisation.kranj!, { status: 'honorary' })).toMatch(/invalid|Invalid/);
		expect(await add(organisation.kranj!, { status: 'member' }, 'nowhere')).toBe('space_not_found');
	});

	it('changes status and dates, and removes, each audited with before and after', async () => {
		const { db } = database;
		const context = as(person(grozd, 'staff'));
		const changed = await changeMembership({
			db,
			context,
			space: await findSpaceRef(database.db, 'grozd'),
			organisationId: organisation.jesenice!,
			input: { status: 'former', since: '2019-01-01', until: '2024-12-31' }
		});
		expect(changed).toMatchObject({ status: 'former', since: '2019-01-01', until: '2024-12-31' });
		expect(
			await problemOf(
				changeMembership({
					db,
					context,
					space: await findSpaceRef(database.db, 'grozd'),
					organisationId: organisation.jesenice!,
					input: { status: 'former', since: '2025-01-01', until: '2024-12-31' }
				})
			)
		).toBe('until_before_since');
		expect(
			await problemOf(
				changeMembership({ db, context, space: await findSpaceRef(database.db, 'iskra'), organisationId: organisation.kranj!, input: { status: 'member' } })
			)
		).toBe('forbidden');
		await removeMembership({ db, context, space: await findSpaceRef(database.db, 'grozd'), organisationId: organisation.nowhere! });
		expect(await problemOf(removeMembership({ db, context, space: await findSpaceRef(database.db, 'grozd'), organisationId: organisation.nowhere! }))).toBe(
			'membership_not_found'
		);
		const audit = await createAuditRepository({ db }).list({ spaceId: grozd, entityType: 'membership' }, { limit: 20, offset: 0 });
		const actions = audit.items.map((entry) => [entry.action, entry.entityId]);
		expect(actions).toContainEqual(['membership.update', organisation.jesenice]);
		expect(actions).toContainEqual(['membership.delete', organisation.nowhere]);
		expect(audit.items.find((entry) => entry.action === 'membership.update')).toMatchObject({ before: { status: 'member' }, after: { status: 'former' } });
		// put it back for the next tests
		await setMembership({ db, context, space: await findSpaceRef(database.db, 'grozd'), organisationId: organisation.nowhere!, input: { status: 'member' } });
	});

	it('sets a membership as sent (the API’s PUT): added once, changed after', async () => {
		const { db } = database;
		const first = await setMembership({
			db,
			context: cli,
			space: await findSpaceRef(database.db, 'iskra'),
			organisationId: organisation.applicant!,
			input: { status: 'applicant' }
		});
		expect(first.created).toBe(true);
		const second = await setMembership({
			db,
			context: cli,
			space: await findSpaceRef(database.db, 'iskra'),
			organisationId: organisation.applicant!,
			input: { status: 'member', since: '2026-01-01' }
		});
		expect(second).toEqual({ created: false, membership: expect.objectContaining({ status: 'member', since: '2026-01-01' }) });
	});

	it('sets the same membership from several requests at once: one adds it, the others change it', async () => {
		const { db } = database;
		const { id } = await createOrganisation({ db, context: cli, input: { name: 'Hkratne zahteve', legalForm: 'association' } });
		const space = await findSpaceRef(db, 'iskra');
		const put = (status: 'applicant' | 'former') => setMembership({ db, context: cli, space, organisationId: id, input: { status } });
		const results = await Promise.all([put('applicant'), put('former'), put('applicant'), put('former')]);
		expect(results.filter((result) => result.created)).toHaveLength(1);
	});

	it('lists members with filters and pages; only keepers of the list see applicants and former members', async () => {
		const { db } = database;
		const names = async (actor: Actor, query: Record<string, unknown> = {}) =>
			(await listMembers({ db, actor, space: await findSpaceRef(database.db, 'grozd'), query })).items.map((member) => member.organisation.name);
		const staff = person(grozd, 'staff');
		expect(await names(staff)).toEqual(['Društvo brez sedeža', 'Društvo Stičišče Kranj', 'Kandidatka Kranj', 'Planinsko društvo Jesenice', 'Zavod PiNA']);
		expect(await names(staff, { status: 'applicant' })).toEqual(['Kandidatka Kranj']);
		expect(await names(staff, { status: 'member', region: 'SI042' })).toEqual(['Društvo Stičišče Kranj']);
		expect(await names(staff, { legalForm: 'private_institute' })).toEqual(['Zavod PiNA']);
		expect(await names(staff, { q: 'sticisce dru' })).toEqual(['Društvo Stičišče Kranj']);
		expect(await names(staff, { q: 'kra' })).toEqual(['Društvo Stičišče Kranj', 'Kandidatka Kranj']);
		expect(await names(staff, { status: '', region: '' })).toHaveLength(5);
		const paged = await listMembers({ db, actor: staff, space: await findSpaceRef(database.db, 'grozd'), query: { page: '2', pageSize: '2' } });
		expect(paged).toMatchObject({ total: 5, page: 2, pageSize: 2, canManage: true });
		expect(paged.items.map((member) => member.organisation.name)).toEqual(['Kandidatka Kranj', 'Planinsko društvo Jesenice']);
		const fromZ = await listMembers({ db, actor: staff, space: await findSpaceRef(db, 'grozd'), query: { page: '1', pageSize: '2' }, order: 'desc' });
		expect(fromZ.items.map((member) => member.organisation.name)).toEqual(['Zavod PiNA', 'Planinsko društvo Jesenice']);

		expect(await names(anonymous)).toEqual(['Društvo brez sedeža', 'Društvo Stičišče Kranj', 'Zavod PiNA']);
		expect(await names(anonymous, { status: 'applicant' })).toEqual(['Društvo brez sedeža', 'Društvo Stičišče Kranj', 'Zavod PiNA']);
		expect((await listMembers({ db, actor: person(grozd, 'viewer'), space: await findSpaceRef(database.db, 'grozd'), query: {} })).canManage).toBe(false);
		await expect(listMembers({ db, actor: staff, space: await findSpaceRef(database.db, 'grozd'), query: { region: 'SI999' } })).rejects.toBeInstanceOf(
			ZodError
		);
		expect((await listMemberNames({ db, space: await findSpaceRef(database.db, 'grozd') })).map((member) => member.name)).toEqual([
			'Društvo brez sedeža',
			'Društvo Stičišče Kranj',
			'Zavod PiNA'
		]);
	});

	it('counts members (not applicants or former members) by region, most first', async () => {
		const counts = await countMembersByRegion({ db: database.db, space: await findSpaceRef(database.db, 'grozd') });
		expect(counts).toEqual({
			total: 3,
			byRegion: [
				{ regionCode: 'SI042', count: 1 },
				{ regionCode: 'SI044', count: 1 },
				{ regionCode: null, count: 1 }
			]
		});
		expect(await countMembersByRegion({ db: database.db, space: await findSpaceRef(database.db, 'iskra') })).toEqual({
			total: 2,
			byRegion: [
				{ regionCode: 'SI042', count: 1 },
				{ regionCode: 'SI044', count: 1 }
			]
		});
	});

	it('finds organisations to add by registration number or name, marking those already in the space', async () => {
		const { db } = database;
		const staff = person(grozd, 'staff');
		const found = await findOrganisationsToAdd({ db, actor: person(iskra, 'staff'), space: await findSpaceRef(database.db, 'iskra'), text: '111 1111' });
		expect(found).toEqual([expect.objectContaining({ name: 'Društvo Stičišče Kranj', registrationNumber: '1111111', inSpace: false })]);
		expect(await findOrganisationsToAdd({ db, actor: staff, space: await findSpaceRef(database.db, 'grozd'), text: '1111111' })).toEqual([
			expect.objectContaining({ inSpace: true })
		]);
		await expect(findOrganisationsToAdd({ db, actor: staff, space: await findSpaceRef(database.db, 'iskra'), text: 'x' })).rejects.toMatchObject({
			code: 'forbidden'
		});
		const byName = await findOrganisationsToAdd({ db, actor: staff, space: await findSpaceRef(database.db, 'grozd'), text: 'drus' });
		expect(byName.map((candidate) => [candidate.name, candidate.inSpace])).toEqual([
			['Društvo brez sedeža', true],
			['Društvo Stičišče Kranj', true],
			['Planinsko društvo Jesenice', true]
		]);
		expect(await findOrganisationsToAdd({ db, actor: staff, space: await findSpaceRef(database.db, 'grozd'), text: '  ' })).toEqual([]);
	});
});
