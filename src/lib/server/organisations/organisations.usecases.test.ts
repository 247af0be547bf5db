import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { SpaceRole } from '../../policy/roles.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { anonymous, cliActor, type Actor } from '../policy/actor.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { createOrganisation, getOrganisation, updateOrganisation } from './organisations.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

describe('organisations', () => {
	let database: DatabaseHandle;
	let spaceId: string;
	const person = (role: SpaceRole, organisationId: string | null = null): Actor => ({
		kind: 'session',
		userId: `user-${role}`,
		email: `${role}@example.si`,
		name: role,
		isPlatformAdmin: false,
		memberships: new Map([[spaceId, { role, organisationId }]])
	});
	const as = (actor: Actor) => ({ actor, source: 'form' as const });

	beforeAll(async () => {
		database = await createTestDatabase();
		spaceId = (await createSpace({ db: database.db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } })).id;
	});
	afterAll(() => database.close());

	it('creates an organisation with its region derived from the municipality, and audits it', async () => {
		const created = await createOrganisation({
			db: database.db,
			context: as(person('staff')),
			input: {
				name: 'Društvo Stičišče Koper',
				legalForm: 'association',
				registrationNumber: '1234567',
				taxNumber: 'SI 15012557',
				municipalityCode: '50',
				fields: ['culture'],
				publicInterest: [{ field: 'culture', decidedOn: '2020-05-04' }]
			}
		});
		expect(created).toMatchObject({ taxNumber: '15012557', municipalityCode: '050', regionCode: 'SI044', donationEligible: false });
		const audit = await createAuditRepository({ db: database.db }).list({ entityType: 'organisation' }, { limit: 10, offset: 0 });
		expect(audit.items.map((entry) => [entry.action, entry.entityId])).toContainEqual(['organisation.create', created.id]);
	});

	it('names what is wrong with identifiers, municipality and fields', async () => {
		const attempt = (input: Record<string, unknown>) =>
			createOrganisation({ db: database.db, context: cli, input: { name: 'X', legalForm: 'association', ...input } });
		const problemOf = async (input: Record<string, unknown>) => {
			const error = await attempt(input).catch((caught: unknown) => caught);
			return error instanceof ZodError ? error.issues[0]?.message : (error as { code: string }).code;
		};
		expect(await problemOf({ registrationNumber: '12345' })).toBe('registration_number_format');
		expect(await problemOf({ taxNumber: '1501255' })).toBe('tax_number_format');
		expect(await problemOf({ taxNumber: '15012558' })).toBe('tax_number_check_digit');
		expect(await problemOf({ municipalityCode: '145' })).toBe('municipality_unknown');
		expect(await problemOf({ fields: ['astrology'] })).toBe('field_unknown');
		expect(await problemOf({ registrationNumber: '1234567' })).toBe('registration_number_taken');
	});

	it('lets a member editor change their own organisation only; anonymous and viewers not at all', async () => {
		const own = await createOrganisation({ db: database.db, context: cli, input: { name: 'Zavod Tri', legalForm: 'private_institute' } });
		const other = await createOrganisation({ db: database.db, context: cli, input: { name: 'Zavod Štiri', legalForm: 'private_institute' } });
		const editor = person('member_editor', own.id);
		const changed = await updateOrganisation({ db: database.db, context: as(editor), id: own.id, changes: { website: 'https://zavod-tri.si' } });
		expect(changed.website).toBe('https://zavod-tri.si');
		await expect(updateOrganisation({ db: database.db, context: as(editor), id: other.id, changes: { website: 'https://x.si' } })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(updateOrganisation({ db: database.db, context: as(person('viewer')), id: own.id, changes: {} })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(createOrganisation({ db: database.db, context: as(anonymous), input: { name: 'Y', legalForm: 'association' } })).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		const unchanged = await getOrganisation({ db: database.db, id: other.id });
		expect('organisation' in unchanged && unchanged.organisation.website).toBeFalsy();
	});

	it('changes only the fields sent, and null clears an optional field', async () => {
		const created = await createOrganisation({
			db: database.db,
			context: cli,
			input: { name: 'Ustanova Fundacija', legalForm: 'foundation', city: 'Kranj', fields: ['youth'], aliases: ['Fundacija'] }
		});
		const changed = await updateOrganisation({ db: database.db, context: cli, id: created.id, changes: { city: null, shortName: 'UF' } });
		expect(changed).toMatchObject({ shortName: 'UF', fields: ['youth'], aliases: ['Fundacija'] });
		expect(changed.city).toBeUndefined();
	});
});
