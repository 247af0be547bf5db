import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { createAuditRepository } from '../../audit/audit.repository.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { anonymous, cliActor, type Actor } from '../../policy/actor.ts';
import { imageTypeOf, maxLogoBytes } from './logo.content.ts';
import { getLogo, logoVersion, removeLogo, uploadLogo } from './logo.usecases.ts';
import { createOrganisation, getOrganisation } from '../organisations.usecases.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/logos/${name}`));
const png = fixture('logo.png');
const jpeg = fixture('logo.jpg');
const webp = fixture('logo.webp');
const svg = fixture('logo.svg');

describe('logo type by its first bytes', () => {
	it('recognises real PNG, JPEG and WebP files', () => {
		expect(imageTypeOf(png)).toBe('image/png');
		expect(imageTypeOf(jpeg)).toBe('image/jpeg');
		expect(imageTypeOf(webp)).toBe('image/webp');
	});

	it('refuses SVG, text, a RIFF that is not WebP, and truncated signatures', () => {
		expect(imageTypeOf(svg)).toBeUndefined();
		expect(imageTypeOf(new TextEncoder().encode('GIF89a'))).toBeUndefined();
		expect(imageTypeOf(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeUndefined();
		expect(imageTypeOf(png.slice(0, 7))).toBeUndefined();
		expect(imageTypeOf(new Uint8Array())).toBeUndefined();
	});
});

describe('logos', () => {
	let database: DatabaseHandle;
	let own: string;
	let other: string;
	const editorOf = (organisationId: string): Actor => ({
		kind: 'session',
		userId: 'editor',
		email: 'editor@example.si',
		name: 'Editor',
		isPlatformAdmin: false,
		memberships: new Map([['00000000-0000-4000-8000-000000000001', { role: 'member_editor', organisationId }]])
	});
	const as = (actor: Actor) => ({ actor, source: 'form' as const });

	beforeAll(async () => {
		database = await createTestDatabase();
		const cli = { actor: cliActor, source: 'cli' } as const;
		own = (await createOrganisation({ db: database.db, context: cli, input: { name: 'Zavod Tri', legalForm: 'private_institute' } })).id;
		other = (await createOrganisation({ db: database.db, context: cli, input: { name: 'Zavod Štiri', legalForm: 'private_institute' } })).id;
	});
	afterAll(() => database.close());

	it('stores a PNG for the member editor of the organisation, serves it with its type, and audits without the bytes', async () => {
		const { db } = database;
		const summary = await uploadLogo({ db, context: as(editorOf(own)), organisationId: own, content: png });
		expect(summary).toMatchObject({ contentType: 'image/png', bytes: png.byteLength, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
		const served = await getLogo({ db, organisationId: own });
		expect(served.contentType).toBe('image/png');
		expect(Buffer.compare(served.content, Buffer.from(png))).toBe(0);
		expect(served.etag).toMatch(/^"[\w-]{22}"$/);
		const found = await getOrganisation({ db, id: own });
		expect('organisation' in found && found.organisation.hasLogo).toBe(true);
		const { items } = await createAuditRepository({ db }).list({ entityType: 'organisation' }, { limit: 10, offset: 0 });
		expect(items[0]).toMatchObject({ action: 'organisation.logo_upload', entityId: own, after: { contentType: 'image/png', bytes: png.byteLength } });
		const base64 = Buffer.from(png).toString('base64').slice(20, 60);
		expect(JSON.stringify(items)).not.toContain(base64);
	});

	it('replaces it with a JPEG (the type is read from the bytes, the ETag changes)', async () => {
		const { db } = database;
		const before = await getLogo({ db, organisationId: own });
		await uploadLogo({ db, context: as(editorOf(own)), organisationId: own, content: jpeg });
		const after = await getLogo({ db, organisationId: own });
		expect(after.contentType).toBe('image/jpeg');
		expect(after.etag).not.toBe(before.etag);
		expect(await logoVersion({ db, organisationId: own })).toBe(after.updatedAt.getTime());
	});

	it('refuses SVG, an empty file and a file over 1 MB, with codes the form translates', async () => {
		const { db } = database;
		const attempt = (content: Uint8Array) => uploadLogo({ db, context: as(editorOf(own)), organisationId: own, content });
		await expect(attempt(svg)).rejects.toMatchObject({ code: 'logo_type' });
		await expect(attempt(new Uint8Array())).rejects.toMatchObject({ code: 'logo_missing' });
		const large = new Uint8Array(maxLogoBytes + 1);
		large.set(png);
		await expect(attempt(large)).rejects.toMatchObject({ code: 'logo_too_large', details: { bytes: maxLogoBytes + 1 } });
		const exactly = new Uint8Array(maxLogoBytes);
		exactly.set(webp);
		expect((await attempt(exactly)).contentType).toBe('image/webp');
	});

	it('lets nobody else change it: another organisation’s editor, anonymous callers', async () => {
		const { db } = database;
		await expect(uploadLogo({ db, context: as(editorOf(own)), organisationId: other, content: png })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(removeLogo({ db, context: as(editorOf(other)), organisationId: own })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(uploadLogo({ db, context: as(anonymous), organisationId: own, content: png })).rejects.toMatchObject({ code: 'unauthenticated' });
		await expect(uploadLogo({ db, context: as(editorOf(own)), organisationId: 'nope', content: png })).rejects.toMatchObject({
			code: 'organisation_not_found'
		});
	});

	it('removes it; then there is none to serve or remove', async () => {
		const { db } = database;
		expect(await removeLogo({ db, context: as(editorOf(own)), organisationId: own })).toMatchObject({ contentType: 'image/webp' });
		await expect(getLogo({ db, organisationId: own })).rejects.toMatchObject({ code: 'logo_not_found' });
		await expect(removeLogo({ db, context: as(editorOf(own)), organisationId: own })).rejects.toMatchObject({ code: 'logo_not_found' });
		await expect(getLogo({ db, organisationId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'logo_not_found' });
		expect(await logoVersion({ db, organisationId: own })).toBeUndefined();
	});
});
