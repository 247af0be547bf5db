import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { auditLog } from '../audit/audit.table.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { personIn } from '../../../../tests/support/actors.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { anonymous, cliActor } from '../policy/actor.ts';
import { markdownToHtml } from '../shared/markdown.ts';
import { findSpaceRef, type SpaceRef } from '../spaces/space-scope.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { getPostImageVariant, uploadPostImage } from './post-images.ts';
import { postCommentSubject } from './posts.comment-subject.ts';
import { postsDigestSection } from './posts.digest.ts';
import { changePost, createPost, findVisiblePost, getPost, listPosts, listVisiblePosts, removePost, setPostStatus } from './posts.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const staff = (space: SpaceRef) => ({ actor: personIn(space.id, 'staff'), source: 'form' as const });

/** Seed 000's meeting, in the API's shape. */
const meeting = {
	kind: 'report',
	publishAt: '2021-12-21T12:00:00+01:00',
	tags: ['Letno srečanje'],
	coverCredit: { sl: 'Hannah Busing (Unsplash)' },
	translations: {
		sl: { title: 'Dosežki mreže NVO-VID v letu 2021', summary: 'Letno srečanje.', body: 'Mreža je delovala **brez** finančnih sredstev.' },
		en: { title: 'Achievements of NVO-VID in 2021', body: 'The network worked without funding.' }
	}
};

describe('posts of a space', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let other: SpaceRef;

	beforeAll(async () => {
		database = await createTestDatabase();
		await createSpace({ db: database.db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		await createSpace({ db: database.db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } });
		hub = await findSpaceRef(database.db, 'nvo-vid');
		other = await findSpaceRef(database.db, 'grozd');
	});
	afterAll(() => database.close());

	it('creates a draft with an address per language, which the public cannot see until it is published', async () => {
		const { db } = database;
		const post = await createPost({ db, context: staff(hub), space: hub, input: meeting });
		expect(post.status).toBe('draft');
		expect(post.translations.sl.slug).toBe('dosezki-mreze-nvo-vid-v-letu-2021');
		expect(post.translations.en?.slug).toBe('achievements-of-nvo-vid-in-2021');
		expect(post.tags).toEqual(['letno srečanje']);
		await expect(getPost({ db, actor: anonymous, space: hub, postId: post.id })).rejects.toMatchObject({ code: 'post_not_found' });
		expect(await listPosts({ db, actor: anonymous, space: hub })).toEqual([]);

		const published = await setPostStatus({ db, context: staff(hub), space: hub, postId: post.id, status: 'published' });
		expect(published.visible).toBe(true);
		const found = await findVisiblePost({ db, space: hub, slug: 'achievements-of-nvo-vid-in-2021', locale: 'en' });
		expect(found.id).toBe(post.id);
		expect((await listPosts({ db, actor: anonymous, space: hub })).map((p) => p.id)).toEqual([post.id]);
		const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, post.id)).orderBy(auditLog.action);
		expect(audit.map((row) => row.action)).toEqual(['post.create', 'post.publish']);
	});

	it('schedules a post dated in the future: published, yet shown only from its date', async () => {
		const { db } = database;
		const post = await createPost({
			db,
			context: staff(hub),
			space: hub,
			input: { kind: 'announcement', publishAt: '2031-03-03T09:00:00+01:00', status: 'published', translations: { sl: { title: 'Vabilo na srečanje' } } }
		});
		expect(post.visible).toBe(false);
		expect((await listVisiblePosts({ db, spaceId: hub.id })).items.map((p) => p.id)).not.toContain(post.id);
		const later = await listVisiblePosts({ db, spaceId: hub.id, now: new Date('2031-03-04T00:00:00Z') });
		expect(later.items[0]!.id).toBe(post.id);
		// staff see it among the space's posts meanwhile
		expect((await listPosts({ db, actor: personIn(hub.id, 'staff'), space: hub, query: { kind: 'announcement' } })).map((p) => p.id)).toEqual([post.id]);
	});

	it('keeps an address unique per space and language, numbering made ones and refusing a chosen one', async () => {
		const { db } = database;
		const again = await createPost({ db, context: staff(hub), space: hub, input: { ...meeting, translations: { sl: meeting.translations.sl } } });
		expect(again.translations.sl.slug).toBe('dosezki-mreze-nvo-vid-v-letu-2021-2');
		await expect(
			changePost({
				db,
				context: staff(hub),
				space: hub,
				postId: again.id,
				input: { translations: { sl: { ...meeting.translations.sl, slug: 'dosezki-mreze-nvo-vid-v-letu-2021' } } }
			})
		).rejects.toMatchObject({ code: 'post_slug_taken' });
		// another space may use the same address, and English may reuse a Slovenian one
		const elsewhere = await createPost({ db, context: staff(other), space: other, input: meeting });
		expect(elsewhere.translations.sl.slug).toBe('dosezki-mreze-nvo-vid-v-letu-2021');
	});

	it('refuses writers who are not admins or staff of the space, and a project of another space', async () => {
		const { db } = database;
		await expect(createPost({ db, context: { actor: anonymous, source: 'form' }, space: hub, input: meeting })).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		await expect(createPost({ db, context: { actor: personIn(hub.id, 'viewer'), source: 'form' }, space: hub, input: meeting })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(createPost({ db, context: staff(other), space: hub, input: meeting })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			createPost({ db, context: staff(hub), space: hub, input: { ...meeting, projectId: '00000000-0000-4000-8000-000000000000' } })
		).rejects.toMatchObject({ code: 'post_project_unknown' });
		await expect(createPost({ db, context: staff(hub), space: hub, input: { ...meeting, translations: { sl: { title: '' } } } })).rejects.toBeInstanceOf(
			ZodError
		);
	});

	it('never lets a script in the body reach the page', async () => {
		const { db } = database;
		const post = await createPost({
			db,
			context: staff(hub),
			space: hub,
			input: {
				...meeting,
				// an hour after the meeting's post, so that the digest's order (oldest first) is certain
				publishAt: '2021-12-21T13:00:00+01:00',
				status: 'published',
				translations: { sl: { title: 'Skripta', body: 'Pozdrav <script>alert(1)</script>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)>' } }
			}
		});
		const html = markdownToHtml(post.translations.sl.body);
		expect(html).not.toMatch(/<script|<img|href="javascript/i);
		expect(html).toContain('&lt;script&gt;');
		expect(html).toContain('Pozdrav');
	});

	it('deletes a draft for good, but only unpublishes a post that was published', async () => {
		const { db } = database;
		const draft = await createPost({ db, context: staff(hub), space: hub, input: { ...meeting, translations: { sl: { title: 'Osnutek' } } } });
		expect(await removePost({ db, context: staff(hub), space: hub, postId: draft.id })).toEqual({ deleted: true });
		await expect(getPost({ db, actor: cliActor, space: hub, postId: draft.id })).rejects.toMatchObject({ code: 'post_not_found' });
		const shown = await createPost({
			db,
			context: staff(hub),
			space: hub,
			input: { ...meeting, status: 'published', translations: { sl: { title: 'Objavljeno' } } }
		});
		const removed = await removePost({ db, context: staff(hub), space: hub, postId: shown.id });
		expect(removed).toMatchObject({ deleted: false, post: { status: 'unpublished', visible: false } });
	});

	it('resizes an uploaded JPEG and PNG to WebP and JPEG variants, and refuses a text file', async () => {
		const { db } = database;
		const jpeg = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#336699' } })
			.jpeg()
			.toBuffer();
		const png = await sharp({ create: { width: 500, height: 300, channels: 4, background: { r: 200, g: 10, b: 10, alpha: 0.5 } } })
			.png()
			.toBuffer();
		const fromJpeg = await uploadPostImage({ db, context: staff(hub), space: hub, content: jpeg });
		expect(fromJpeg.path).toBe(`/spaces/nvo-vid/post-images/${fromJpeg.imageId}/1600.jpg`);
		const large = await getPostImageVariant({ db, space: hub, imageId: fromJpeg.imageId, file: '1600.webp' });
		expect(large.contentType).toBe('image/webp');
		expect(await sharp(large.content).metadata()).toMatchObject({ format: 'webp', width: 1600, height: 800 });
		const small = await getPostImageVariant({ db, space: hub, imageId: fromJpeg.imageId, file: '800.jpg' });
		expect(await sharp(small.content).metadata()).toMatchObject({ format: 'jpeg', width: 800, height: 400 });
		const fromPng = await uploadPostImage({ db, context: staff(hub), space: hub, content: png });
		// never enlarged; the transparent PNG becomes a JPEG on white
		expect(await sharp((await getPostImageVariant({ db, space: hub, imageId: fromPng.imageId, file: '1600.jpg' })).content).metadata()).toMatchObject({
			format: 'jpeg',
			width: 500
		});
		await expect(uploadPostImage({ db, context: staff(hub), space: hub, content: new TextEncoder().encode('not an image at all') })).rejects.toMatchObject({
			code: 'post_image_type'
		});
		await expect(uploadPostImage({ db, context: staff(hub), space: hub, content: new Uint8Array(11 * 1024 * 1024).fill(0xff) })).rejects.toMatchObject({
			code: 'post_image_too_large'
		});
		// another space does not serve this space's image
		await expect(getPostImageVariant({ db, space: other, imageId: fromJpeg.imageId, file: '800.jpg' })).rejects.toMatchObject({ code: 'post_image_not_found' });
	});

	it("gives the digest the posts published in the period, in the recipient's language where there is one", async () => {
		const { db } = database;
		const recipient = { email: 'ana@example.si', personId: null, organisationIds: [], locale: 'en' as const };
		const items = await postsDigestSection.collect({
			db,
			spaceId: hub.id,
			recipient,
			since: new Date('2021-12-01T00:00:00Z'),
			until: new Date('2022-01-01T00:00:00Z'),
			publicUrl: 'https://sticisce.example/'
		});
		expect(items.map((item) => item.title)).toEqual(['Achievements of NVO-VID in 2021', 'Skripta']);
		expect(items[0]).toMatchObject({
			url: 'https://sticisce.example/en/spaces/nvo-vid/posts/achievements-of-nvo-vid-in-2021',
			when: '2021-12-21T11:00:00.000Z'
		});
		expect(items[1]!.url).toBe('https://sticisce.example/en/spaces/nvo-vid/posts/skripta');
		const none = await postsDigestSection.collect({
			db,
			spaceId: hub.id,
			recipient,
			since: new Date('2022-01-01'),
			until: new Date('2022-02-01'),
			publicUrl: 'https://x'
		});
		expect(none).toEqual([]);
		expect(postsDigestSection.heading('sl')).toBe('Novice');
	});

	it('names a visible post as a subject of comments, and no draft', async () => {
		const { db } = database;
		const [shown] = (await listVisiblePosts({ db, spaceId: hub.id })).items.filter((post) => post.translations.sl.title.startsWith('Dosežki'));
		expect(await postCommentSubject.find(db, shown!.id)).toEqual({
			spaceId: hub.id,
			title: 'Dosežki mreže NVO-VID v letu 2021',
			url: '/spaces/nvo-vid/posts/dosezki-mreze-nvo-vid-v-letu-2021',
			authorEmail: null,
			authorLocale: 'sl',
			open: true
		});
		const draft = await createPost({ db, context: staff(hub), space: hub, input: { ...meeting, translations: { sl: { title: 'Še osnutek' } } } });
		expect(await postCommentSubject.find(db, draft.id)).toBeNull();
		expect(await postCommentSubject.find(db, 'not-a-uuid')).toBeNull();
	});
});
