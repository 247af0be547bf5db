import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { cliActor, type Actor } from '../policy/actor.ts';
import { addField, deleteField, listFields, listFieldsForAdmin, moveField, renameField } from './fields.usecases.ts';

const person = (isPlatformAdmin: boolean, role?: 'admin' | 'staff'): Actor => ({
	kind: 'session',
	userId: isPlatformAdmin ? 'platform-admin' : `space-${role}`,
	email: isPlatformAdmin ? 'platform@example.si' : `${role}@example.si`,
	name: 'x',
	isPlatformAdmin,
	memberships: new Map(role ? [['00000000-0000-4000-8000-000000000001', { role, organisationId: null }]] : [])
});
const platformAdmin = { actor: person(true), source: 'form' } as const;

describe('fields of work', () => {
	let database: DatabaseHandle;
	const codes = async () => (await listFields({ db: database.db })).map((field) => field.code);

	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	it('come with the 21 defaults in their order', async () => {
		const fields = await listFields({ db: database.db });
		expect(fields).toHaveLength(21);
		expect(fields[0]).toMatchObject({ code: 'culture', name: { sl: 'Kultura', en: 'Culture' } });
	});

	it('are kept by platform admins only: not by a hub’s admin, a token or anybody else', async () => {
		const input = { code: 'astrology', name: { sl: 'Astrologija' } };
		await expect(addField({ db: database.db, context: { actor: person(false, 'admin'), source: 'form' }, input })).rejects.toMatchObject({ code: 'forbidden' });
		const token: Actor = { ...(person(true) as Extract<Actor, { kind: 'session' }>), kind: 'token', tokenId: 't', scopes: ['write'] };
		await expect(addField({ db: database.db, context: { actor: token, source: 'api' }, input })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listFieldsForAdmin({ db: database.db, actor: person(false, 'staff') })).rejects.toMatchObject({ code: 'forbidden' });
		expect(await codes()).not.toContain('astrology');
	});

	it('adds a field at the end, refuses a taken or malformed code, and audits', async () => {
		const added = await addField({
			db: database.db,
			context: platformAdmin,
			input: { code: 'digital_rights', name: { sl: 'Digitalne pravice', en: 'Digital rights' } }
		});
		expect(added.code).toBe('digital_rights');
		expect((await codes()).at(-1)).toBe('digital_rights');
		await expect(addField({ db: database.db, context: platformAdmin, input: { code: 'culture', name: { sl: 'Še ena kultura' } } })).rejects.toMatchObject({
			code: 'field_code_taken'
		});
		const malformed = await addField({ db: database.db, context: platformAdmin, input: { code: 'Kultura 2', name: { sl: 'X' } } }).catch(
			(error: unknown) => error
		);
		expect(malformed).toBeInstanceOf(ZodError);
		expect((malformed as ZodError).issues[0]?.message).toBe('field_code_format');
		await expect(addField({ db: database.db, context: platformAdmin, input: { code: 'empty', name: { sl: ' ' } } })).rejects.toBeInstanceOf(ZodError);
		const audit = await createAuditRepository({ db: database.db }).list({ entityType: 'field_of_work' }, { limit: 10, offset: 0 });
		expect(audit.items).toEqual([expect.objectContaining({ action: 'field_of_work.create', entityId: 'digital_rights', actorLabel: 'platform@example.si' })]);
	});

	it('renames, with the old and new names in the audit log', async () => {
		const renamed = await renameField({
			db: database.db,
			context: platformAdmin,
			input: { code: 'digital_rights', name: { sl: 'Digitalne pravice in svoboščine' } }
		});
		expect(renamed.name).toEqual({ sl: 'Digitalne pravice in svoboščine' });
		await expect(renameField({ db: database.db, context: platformAdmin, input: { code: 'nothing', name: { sl: 'X' } } })).rejects.toMatchObject({
			code: 'field_not_found'
		});
		const [entry] = (await createAuditRepository({ db: database.db }).list({ entityType: 'field_of_work' }, { limit: 1, offset: 0 })).items;
		expect(entry).toMatchObject({
			action: 'field_of_work.rename',
			before: { name: { en: 'Digital rights' } },
			after: { name: { sl: 'Digitalne pravice in svoboščine' } }
		});
	});

	it('moves a field one place up or down; the ends stay put', async () => {
		const before = await codes();
		await moveField({ db: database.db, context: platformAdmin, input: { code: before[1]!, direction: 'up' } });
		expect((await codes()).slice(0, 3)).toEqual([before[1], before[0], before[2]]);
		await moveField({ db: database.db, context: platformAdmin, input: { code: before[1]!, direction: 'up' } });
		expect((await codes())[0]).toBe(before[1]);
		await moveField({ db: database.db, context: platformAdmin, input: { code: 'digital_rights', direction: 'down' } });
		expect((await codes()).at(-1)).toBe('digital_rights');
		await moveField({ db: database.db, context: platformAdmin, input: { code: 'digital_rights', direction: 'up' } });
		expect((await codes()).at(-2)).toBe('digital_rights');
		expect((await listFields({ db: database.db })).map((field) => field.position)).toEqual(before.map((_, index) => (index + 1) * 10));
	});

	it('deletes a field only when no organisation names it, as a field of work or of public-interest status', async () => {
		const { db } = database;
		await addField({ db, context: platformAdmin, input: { code: 'beekeeping', name: { sl: 'Čebelarstvo' } } });
		const organisation = await createOrganisation({
			db,
			context: { actor: cliActor, source: 'cli' },
			input: { name: 'Čebelarsko društvo', legalForm: 'association', fields: ['digital_rights'], publicInterest: [{ field: 'beekeeping', decidedOn: null }] }
		});
		expect(organisation.id).toBeTruthy();
		await expect(deleteField({ db, context: platformAdmin, code: 'digital_rights' })).rejects.toMatchObject({
			code: 'field_in_use',
			details: { organisations: 1 }
		});
		await expect(deleteField({ db, context: platformAdmin, code: 'beekeeping' })).rejects.toMatchObject({ code: 'field_in_use' });
		const usage = await listFieldsForAdmin({ db, actor: person(true) });
		expect(usage.find((field) => field.code === 'beekeeping')?.organisations).toBe(1);
		expect(usage.find((field) => field.code === 'culture')?.organisations).toBe(0);

		await addField({ db, context: platformAdmin, input: { code: 'unused', name: { sl: 'Neuporabljeno' } } });
		expect(await deleteField({ db, context: platformAdmin, code: 'unused' })).toMatchObject({ code: 'unused' });
		expect(await codes()).not.toContain('unused');
		await expect(deleteField({ db, context: platformAdmin, code: 'unused' })).rejects.toMatchObject({ code: 'field_not_found' });
		const [entry] = (await createAuditRepository({ db }).list({ entityType: 'field_of_work' }, { limit: 1, offset: 0 })).items;
		expect(entry).toMatchObject({ action: 'field_of_work.delete', entityId: 'unused', before: { name: { sl: 'Neuporabljeno' } } });
	});
});
