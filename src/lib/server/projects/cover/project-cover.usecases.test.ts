import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { createAuditRepository } from '../../audit/audit.repository.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import { anonymous } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { listProjects } from '../projects.usecases.ts';
import { maxCoverBytes } from './project-cover.errors.ts';
import { getProjectCoverImage, getProjectCoverInfo, projectIdBySlug, removeProjectCover, setProjectCover } from './project-cover.usecases.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/logos/${name}`));
const png = fixture('logo.png');
const jpeg = fixture('logo.jpg');
const credit = { sl: 'Vsebinska mreža nevladnih organizacij za vključujočo informacijsko družbo (29. november 2019)' };
const alt = { sl: 'Udeleženci Dneva vključujoče informacijske družbe', en: 'Participants of the Inclusive Information Society Day' };

describe('project cover images', () => {
	let database: DatabaseHandle;
	let nvoVid: SpaceRef;
	let grozd: SpaceRef;
	let projectId: string;
	const staffOf = (space: SpaceRef) => ({ actor: personIn(space.id, 'staff'), source: 'form' as const });

	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
		nvoVid = await findSpaceRef(database.db, 'nvo-vid');
		grozd = await findSpaceRef(database.db, 'grozd');
		projectId = (await listProjects({ db: database.db, actor: anonymous, space: nvoVid }))[0]!.id;
	});
	afterAll(() => database.close());

	it('stores a PNG with its description and credit for staff, serves it with an ETag, and audits without the bytes', async () => {
		const { db } = database;
		const info = await setProjectCover({ db, context: staffOf(nvoVid), space: nvoVid, projectId, content: png, input: { alt, credit } });
		expect(info).toMatchObject({ alt, credit, version: expect.any(Number) });
		const image = await getProjectCoverImage({ db, space: nvoVid, projectId });
		expect(image.contentType).toBe('image/png');
		expect(Buffer.compare(image.content, Buffer.from(png))).toBe(0);
		expect(image.etag).toMatch(/^"[\w-]{22}"$/);
		const { items } = await createAuditRepository({ db }).list({ entityType: 'project_cover' }, { limit: 5, offset: 0 });
		expect(items[0]).toMatchObject({ action: 'project.cover_set', entityId: projectId, after: { contentType: 'image/png', bytes: png.byteLength, credit } });
		expect(JSON.stringify(items)).not.toContain(Buffer.from(png).toString('base64').slice(20, 60));
	});

	it('changes only the words when no new file comes, and replaces the image when one does', async () => {
		const { db } = database;
		const before = await getProjectCoverImage({ db, space: nvoVid, projectId });
		await setProjectCover({ db, context: staffOf(nvoVid), space: nvoVid, projectId, content: new Uint8Array(), input: { alt: { sl: 'Nov opis' } } });
		expect(await getProjectCoverInfo({ db, space: nvoVid, projectId })).toMatchObject({ alt: { sl: 'Nov opis' }, credit: null });
		expect((await getProjectCoverImage({ db, space: nvoVid, projectId })).etag).toBe(before.etag);
		await setProjectCover({ db, context: staffOf(nvoVid), space: nvoVid, projectId, content: jpeg, input: { alt, credit } });
		const after = await getProjectCoverImage({ db, space: nvoVid, projectId });
		expect(after.contentType).toBe('image/jpeg');
		expect(after.etag).not.toBe(before.etag);
	});

	it('refuses a file over 2 MB, one that is not an image, a missing description, and a first cover without a file', async () => {
		const { db } = database;
		const attempt = (content: Uint8Array, input: unknown = { alt }) =>
			setProjectCover({ db, context: staffOf(nvoVid), space: nvoVid, projectId, content, input });
		const large = new Uint8Array(maxCoverBytes + 1);
		large.set(png);
		await expect(attempt(large)).rejects.toMatchObject({ code: 'project_cover_too_large', details: { bytes: maxCoverBytes + 1 } });
		await expect(attempt(fixture('logo.svg'))).rejects.toMatchObject({ code: 'project_cover_type' });
		await expect(attempt(png, { alt: { sl: '' } })).rejects.toMatchObject({ name: 'ZodError' });
		const grozdProject = (await listProjects({ db, actor: anonymous, space: grozd }))[0]!.id;
		await expect(
			setProjectCover({ db, context: staffOf(grozd), space: grozd, projectId: grozdProject, content: new Uint8Array(), input: { alt } })
		).rejects.toMatchObject({ code: 'project_cover_missing' });
	});

	it('lets no one but the space’s staff change it, and keeps a project of another space out of reach', async () => {
		const { db } = database;
		await expect(setProjectCover({ db, context: staffOf(grozd), space: nvoVid, projectId, content: png, input: { alt } })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(setProjectCover({ db, context: staffOf(grozd), space: grozd, projectId, content: png, input: { alt } })).rejects.toMatchObject({
			code: 'project_not_found'
		});
		await expect(
			setProjectCover({ db, context: { actor: anonymous, source: 'form' }, space: nvoVid, projectId, content: png, input: { alt } })
		).rejects.toMatchObject({ code: 'unauthenticated' });
		await expect(getProjectCoverImage({ db, space: grozd, projectId })).rejects.toMatchObject({ code: 'project_cover_not_found' });
	});

	it('finds projects by their address and removes the cover, audited', async () => {
		const { db } = database;
		expect(await projectIdBySlug({ db, space: nvoVid, slug: 'pro-nvo-vid' })).toBe(projectId);
		await expect(projectIdBySlug({ db, space: grozd, slug: 'pro-nvo-vid' })).rejects.toMatchObject({ code: 'project_not_found' });
		await removeProjectCover({ db, context: staffOf(nvoVid), space: nvoVid, projectId });
		expect(await getProjectCoverInfo({ db, space: nvoVid, projectId })).toBeUndefined();
		await expect(removeProjectCover({ db, context: staffOf(nvoVid), space: nvoVid, projectId })).rejects.toMatchObject({ code: 'project_cover_not_found' });
		const { items } = await createAuditRepository({ db }).list({ entityType: 'project_cover' }, { limit: 1, offset: 0 });
		expect(items[0]).toMatchObject({ action: 'project.cover_remove', before: { contentType: 'image/jpeg' } });
	});
});
