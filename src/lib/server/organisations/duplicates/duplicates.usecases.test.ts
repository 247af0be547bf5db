import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { createAuditRepository } from '../../audit/audit.repository.ts';
import { users } from '../../auth/auth.table.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { memberships } from '../../memberships/memberships.table.ts';
import { affiliations, people } from '../../people/people.table.ts';
import { cliActor, type Actor } from '../../policy/actor.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { invitations, spaceMembers } from '../../team/team.table.ts';
import { findDuplicates, mergeOrganisations } from './duplicates.usecases.ts';
import { createOrganisation, getOrganisation } from '../organisations.usecases.ts';
import { organisationLogos, organisationRedirects } from '../organisations.table.ts';
import { modules } from '../../modules.ts';
import { organisationReferencesOf } from '../../manifest/manifest.ts';

const references = organisationReferencesOf(modules);

const cli = { actor: cliActor, source: 'cli' } as const;

describe('duplicates', () => {
	let database: DatabaseHandle;
	let grozd: string;
	let iskra: string;
	const create = async (input: Record<string, unknown>) =>
		(await createOrganisation({ db: database.db, context: cli, input: { legalForm: 'association', ...input } })).id;
	const staffOf = (spaceId: string, role: 'staff' | 'viewer' = 'staff'): Actor => ({
		kind: 'session',
		userId: `user-${role}`,
		email: `${role}@example.si`,
		name: role,
		isPlatformAdmin: false,
		memberships: new Map([[spaceId, { role, organisationId: null }]])
	});
	const pairsOf = async () => {
		const result = await findDuplicates({ db: database.db, actor: cliActor, query: { pageSize: 200 } });
		return result.items.map((pair) => ({ names: [pair.left.name, pair.right.name].sort(), kind: pair.kind, reasons: pair.reasons }));
	};

	beforeAll(async () => {
		database = await createTestDatabase();
		grozd = (await createSpace({ db: database.db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } })).id;
		iskra = (await createSpace({ db: database.db, context: cli, input: { slug: 'iskra', kind: 'regional_hub', name: { sl: 'Iskra' } } })).id;
	});
	afterAll(() => database.close());

	describe('detection', () => {
		it('pairs organisations with the same tax number, wherever they are', async () => {
			await create({ name: 'Zavod Tri', legalForm: 'private_institute', taxNumber: '15012557', municipalityCode: '052' });
			await create({ name: 'Zavod za trajnostne skupnostne prakse', legalForm: 'private_institute', taxNumber: '15012557' });
			expect(await pairsOf()).toContainEqual({
				names: ['Zavod Tri', 'Zavod za trajnostne skupnostne prakse'],
				kind: 'duplicate',
				reasons: ['same_tax_number']
			});
		});

		it('pairs similar names in the same municipality: diacritics, a typo, an abbreviation, the city added', async () => {
			await create({ name: 'Kulturno društvo Sokol Kranj', municipalityCode: '052', city: 'Kranj' });
			await create({ name: 'Kulturno drustvo Sokol', municipalityCode: '052' });
			await create({ name: 'Prostovoljno gasilsko društvo Breg', municipalityCode: '052', city: 'Breg' });
			await create({ name: 'PGD Breg', municipalityCode: '052' });
			const pairs = await pairsOf();
			expect(pairs).toContainEqual({ names: ['Kulturno drustvo Sokol', 'Kulturno društvo Sokol Kranj'], kind: 'duplicate', reasons: ['similar_name'] });
			expect(pairs).toContainEqual({ names: ['PGD Breg', 'Prostovoljno gasilsko društvo Breg'], kind: 'duplicate', reasons: ['similar_name'] });
		});

		it('does not pair similar names in different municipalities, nor names that differ by a word', async () => {
			await create({ name: 'Turistično društvo Lipa', municipalityCode: '061' });
			await create({ name: 'Turistično društvo Lipa', municipalityCode: '050' });
			await create({ name: 'Športno društvo Sokol Kranj', municipalityCode: '052', city: 'Kranj' });
			await create({ name: 'Prostovoljno gasilsko društvo Zgornje Brezje', municipalityCode: '052', city: 'Zgornje Brezje' });
			await create({ name: 'Prostovoljno gasilsko društvo Spodnje Brezje', municipalityCode: '052', city: 'Spodnje Brezje' });
			const names = (await pairsOf()).map((pair) => pair.names.join(' + '));
			expect(names.filter((name) => name.includes('Lipa'))).toEqual([]);
			expect(names.filter((name) => name.includes('Športno'))).toEqual([]);
			expect(names.filter((name) => name.includes('Brezje'))).toEqual([]);
		});

		it('lists an organisation and its unit (same 7-digit base) as related, after the duplicates', async () => {
			await create({ name: 'Zveza tabornikov Slovenije', legalForm: 'federation', registrationNumber: '5123456' });
			await create({ name: 'Rod Jezerski zmaj', registrationNumber: '5123456001' });
			const pairs = await pairsOf();
			expect(pairs.at(-1)).toEqual({ names: ['Rod Jezerski zmaj', 'Zveza tabornikov Slovenije'], kind: 'related', reasons: ['registration_unit'] });
		});

		it('pages the pairs and is only for the staff of a space', async () => {
			const first = await findDuplicates({ db: database.db, actor: staffOf(grozd), query: { page: 1, pageSize: 2 } });
			const second = await findDuplicates({ db: database.db, actor: staffOf(grozd), query: { page: 2, pageSize: 2 } });
			expect(first.total).toBe(4);
			expect([...first.items, ...second.items].map((pair) => pair.left.id + pair.right.id)).toHaveLength(4);
			expect(new Set([...first.items, ...second.items].map((pair) => pair.left.id + pair.right.id)).size).toBe(4);
			await expect(findDuplicates({ db: database.db, actor: staffOf(grozd, 'viewer'), query: {} })).rejects.toMatchObject({ code: 'forbidden' });
		});
	});

	describe('merge', () => {
		it('keeps every link of the merged organisation, combines memberships, fills fields and redirects', async () => {
			const { db } = database;
			const keep = await create({
				name: 'Društvo LJUDMILA, laboratorij za znanost in umetnost',
				shortName: 'LJUDMILA',
				municipalityCode: '061',
				fields: ['culture'],
				publicInterest: [{ field: 'culture', decidedOn: null }]
			});
			const merge = await create({
				name: 'Drustvo Ljudmila',
				registrationNumber: '1111111',
				taxNumber: '10000003',
				website: 'https://wiki.ljudmila.org',
				aliases: ['Ljudmila Lab'],
				fields: ['information_society'],
				publicInterest: [
					{ field: 'culture', decidedOn: '2015-03-02' },
					{ field: 'information_society', decidedOn: '2019-01-01' }
				]
			});
			const earlier = await create({ name: 'Ljudmila (old entry)' });
			await mergeOrganisations({ db, context: cli, keepId: merge, mergeId: earlier, references });

			// both in Grozd: the stronger status and the earlier date stay; only the merged one in Iskra: moved
			await db.insert(memberships).values([
				{ spaceId: grozd, organisationId: keep, status: 'applicant', since: '2022-01-01' },
				{ spaceId: grozd, organisationId: merge, status: 'member', since: '2019-05-01' },
				{ spaceId: iskra, organisationId: merge, status: 'former', since: '2018-01-01', until: '2020-01-01' }
			]);
			const [person] = await db.insert(people).values({ name: 'Ana Novak' }).returning();
			await db.insert(affiliations).values([
				{ personId: person!.id, organisationId: merge, role: 'president', since: '2020-01-01' },
				{ personId: person!.id, organisationId: keep, role: 'member' }
			]);
			await db.insert(users).values({ id: 'editor', name: 'Editor', email: 'editor@example.si' });
			await db.insert(spaceMembers).values({ spaceId: grozd, userId: 'editor', role: 'member_editor', organisationId: merge });
			await db.insert(invitations).values({
				spaceId: grozd,
				email: 'new@example.si',
				role: 'member_editor',
				organisationId: merge,
				tokenHash: 'hash',
				expiresAt: new Date(Date.now() + 86_400_000)
			});
			await db.insert(organisationLogos).values({ organisationId: merge, contentType: 'image/png', content: Buffer.from([1, 2, 3]) });

			const result = await mergeOrganisations({ db, context: { actor: staffOf(iskra), source: 'form' }, keepId: keep, mergeId: merge, references });

			expect(result.moved).toEqual({
				logo: true,
				redirects: 1,
				spaceMembers: 1,
				invitations: 1,
				memberships: 2,
				membershipApplications: 0,
				projectOrganisations: 0,
				projectFundingLines: 0,
				publicCalls: 0,
				indicatorActuals: 0,
				affiliations: 1,
				activityOrganisers: 0,
				activityRegistrations: 0,
				comments: 0,
				callApplications: 0
			});
			expect(result.organisation).toMatchObject({
				id: keep,
				name: 'Društvo LJUDMILA, laboratorij za znanost in umetnost',
				shortName: 'LJUDMILA',
				registrationNumber: '1111111',
				taxNumber: '10000003',
				website: 'https://wiki.ljudmila.org',
				hasLogo: true,
				fields: ['culture', 'information_society'],
				publicInterest: [
					{ field: 'culture', decidedOn: '2015-03-02' },
					{ field: 'information_society', decidedOn: '2019-01-01' }
				]
			});
			// the merged name, then its aliases, among them the name of the one merged into it before
			expect(result.organisation.aliases).toEqual(['Drustvo Ljudmila', 'Ljudmila Lab', 'Ljudmila (old entry)']);
			const kept = await db.select().from(memberships).where(eq(memberships.organisationId, keep));
			expect(kept.map(({ spaceId, status, since, until }) => ({ spaceId, status, since, until })).sort((a, b) => a.since!.localeCompare(b.since!))).toEqual([
				{ spaceId: iskra, status: 'former', since: '2018-01-01', until: '2020-01-01' },
				{ spaceId: grozd, status: 'member', since: '2019-05-01', until: null }
			]);
			expect((await db.select().from(affiliations).where(eq(affiliations.organisationId, keep))).map((row) => row.role).sort()).toEqual([
				'member',
				'president'
			]);
			expect((await db.select().from(spaceMembers).where(eq(spaceMembers.userId, 'editor')))[0]?.organisationId).toBe(keep);
			expect((await db.select().from(invitations))[0]?.organisationId).toBe(keep);
			expect(await getOrganisation({ db, id: merge })).toEqual({ movedTo: keep });
			expect(await getOrganisation({ db, id: earlier })).toEqual({ movedTo: keep });
			expect((await db.select().from(organisationRedirects)).map(({ fromId, toId }) => ({ fromId, toId }))).toEqual(
				expect.arrayContaining([
					{ fromId: earlier, toId: keep },
					{ fromId: merge, toId: keep }
				])
			);

			const audit = await createAuditRepository({ db }).list({ entityType: 'organisation' }, { limit: 50, offset: 0 });
			const entry = audit.items.find((item) => item.action === 'organisation.merge' && item.entityId === keep);
			expect(entry?.before).toMatchObject({ keep: { id: keep, hasLogo: false }, merged: { id: merge, name: 'Drustvo Ljudmila', hasLogo: true } });
			expect(entry?.after).toMatchObject({ organisation: { id: keep, registrationNumber: '1111111' }, mergedId: merge });
		});

		it('refuses merging an organisation with itself, and two registration numbers unless forced', async () => {
			const { db } = database;
			const one = await create({ name: 'Zavod INePA', legalForm: 'private_institute', registrationNumber: '2222222' });
			const other = await create({ name: 'Zavod INePA', legalForm: 'private_institute', registrationNumber: '3333333' });
			await expect(mergeOrganisations({ db, context: cli, keepId: one, mergeId: one, references })).rejects.toMatchObject({ code: 'dup_same_organisation' });
			await expect(mergeOrganisations({ db, context: cli, keepId: one, mergeId: other, references })).rejects.toMatchObject({
				code: 'dup_registration_numbers_differ',
				details: { keep: '2222222', merge: '3333333' }
			});
			expect('organisation' in (await getOrganisation({ db, id: other }))).toBe(true);
			await expect(
				mergeOrganisations({ db, context: { actor: staffOf(grozd, 'viewer'), source: 'form' }, keepId: one, mergeId: other, force: true, references })
			).rejects.toMatchObject({ code: 'forbidden' });
			const forced = await mergeOrganisations({ db, context: cli, keepId: one, mergeId: other, force: true, references });
			// the kept number stays; the other is not lost from the audit trail
			expect(forced.organisation.registrationNumber).toBe('2222222');
			await expect(mergeOrganisations({ db, context: cli, keepId: one, mergeId: other, references })).rejects.toMatchObject({ code: 'organisation_not_found' });
		});
	});
});
