import { and, arrayContains, eq, type SQL } from 'drizzle-orm';
import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { isUniqueViolation, violatedForeignKey } from '../db/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, can } from '../policy/policy.ts';
import { isUuid } from '../shared/uuid.ts';
import { changingInSpace, type SpaceRef } from '../spaces/space-scope.ts';
import { foldText } from '../../reference/fold-text.ts';
import { postActivityUnknown, postNotFound, postProjectUnknown, postSlugTaken } from './posts.errors.ts';
import { postsPolicy } from './posts.policy.ts';
import { createPostsRepository, queryPosts, visibleNow, type PostRecord, type PostsRepository } from './posts.repository.ts';
import { postChangeSchema, postInputSchema, postListQuerySchema, type Post } from './posts.schemas.ts';
import { postLocales, posts, type PostLocale } from './posts.table.ts';

export function presentPost({ row, translations }: PostRecord, now = new Date()): Post {
	const words = (locale: PostLocale) => {
		const found = translations.find((translation) => translation.locale === locale);
		return found ? { slug: found.slug, title: found.title, summary: found.summary, body: found.body } : null;
	};
	return {
		id: row.id,
		spaceId: row.spaceId,
		kind: row.kind,
		status: row.status,
		publishAt: row.publishAt.toISOString(),
		visible: row.status === 'published' && row.publishAt <= now,
		translations: { sl: words('sl')!, en: words('en') },
		tags: row.tags,
		projectId: row.projectId,
		activityId: row.activityId,
		cover: row.coverImageId || row.coverCredit ? { imageId: row.coverImageId, alt: row.coverAlt, credit: row.coverCredit } : null,
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString()
	};
}

/** An address made from a title (`Letna skupščina 2021` → `letna-skupscina-2021`), numbered when the space uses it in that language. */
async function freeSlug(repository: PostsRepository, locale: PostLocale, title: string, postId?: string): Promise<string> {
	const base = foldText(title).replace(/ /g, '-').slice(0, 70).replace(/-+$/, '') || 'objava';
	for (let number = 1; ; number++) {
		const slug = number === 1 ? base : `${base}-${number}`;
		if (!(await repository.slugTaken(locale, slug, postId))) return slug;
	}
}

type Words = { title: string; slug?: string; summary: string; body: string };

/** Writes the words of each language sent; a given address taken by another post of the space is refused. */
async function putWords(repository: PostsRepository, postId: string, translations: { sl?: Words; en?: Words | null }) {
	for (const locale of postLocales) {
		const words = translations[locale];
		if (words === undefined) continue;
		if (words === null) {
			if (locale === 'en') await repository.removeTranslation(postId, 'en');
			continue;
		}
		let slug = words.slug;
		if (slug && (await repository.slugTaken(locale, slug, postId))) throw postSlugTaken(locale, slug);
		slug ??= (await repository.find(postId))?.translations.find((t) => t.locale === locale)?.slug ?? (await freeSlug(repository, locale, words.title, postId));
		await repository.putTranslation(postId, locale, { slug, title: words.title, summary: words.summary, body: words.body });
	}
}

/** Turns a broken foreign key or a taken address (two writers at once) into its error. */
async function namingProblems<T>(input: { projectId?: string | null; activityId?: string | null }, work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		const constraint = violatedForeignKey(error);
		if (constraint?.includes('project') && input.projectId) throw postProjectUnknown(input.projectId);
		if (constraint?.includes('activit') && input.activityId) throw postActivityUnknown(input.activityId);
		if (isUniqueViolation(error)) throw postSlugTaken('', '');
		throw error;
	}
}

const authorOf = (actor: Actor) => (actor.kind === 'session' || actor.kind === 'token' ? actor.userId : null);

/** Adds a post to a space (its admins and staff), as a draft unless told otherwise, audited. */
export async function createPost({ db, context, space, input }: { db: Database; context: AuditContext; space: SpaceRef; input: unknown }): Promise<Post> {
	return changingInSpace({ db, context, space }, postsPolicy, 'manage', async (tx) => {
		const parsed = postInputSchema.parse(input);
		return namingProblems(parsed, async () => {
			const repository = createPostsRepository({ db: tx, spaceId: space.id });
			const row = await repository.insert({
				kind: parsed.kind,
				status: parsed.status ?? 'draft',
				publishAt: new Date(parsed.publishAt),
				tags: [...new Set(parsed.tags ?? [])],
				projectId: parsed.projectId ?? null,
				activityId: parsed.activityId ?? null,
				coverAlt: parsed.coverAlt ?? null,
				coverCredit: parsed.coverCredit ?? null,
				authorUserId: authorOf(context.actor)
			});
			await putWords(repository, row.id, parsed.translations);
			const post = presentPost((await repository.find(row.id))!);
			await recordAudit({ db: tx, context, change: { action: 'post.create', entityType: 'post', entityId: row.id, spaceId: space.id, after: post } });
			return post;
		});
	});
}

/** Changes the fields sent of a post (its space's admins and staff), audited; `status` publishes or unpublishes it. */
export async function changePost({
	db,
	context,
	space,
	postId,
	input,
	coverImageId
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	postId: string;
	input: unknown;
	/** A new cover uploaded with the form (see post-images.ts). */
	coverImageId?: string;
}): Promise<Post> {
	return changingInSpace({ db, context, space }, postsPolicy, 'manage', async (tx) => {
		const repository = createPostsRepository({ db: tx, spaceId: space.id });
		const before = isUuid(postId) ? await repository.find(postId) : undefined;
		if (!before) throw postNotFound(postId);
		const parsed = postChangeSchema.parse(input);
		return namingProblems(parsed, async () => {
			await repository.update(postId, {
				...(parsed.kind && { kind: parsed.kind }),
				...(parsed.status && { status: parsed.status }),
				...(parsed.publishAt && { publishAt: new Date(parsed.publishAt) }),
				...(parsed.tags && { tags: [...new Set(parsed.tags)] }),
				...(parsed.projectId !== undefined && { projectId: parsed.projectId }),
				...(parsed.activityId !== undefined && { activityId: parsed.activityId }),
				...(parsed.coverAlt !== undefined && { coverAlt: parsed.coverAlt }),
				...(parsed.coverCredit !== undefined && { coverCredit: parsed.coverCredit }),
				...(coverImageId && { coverImageId })
			});
			if (parsed.translations) await putWords(repository, postId, parsed.translations);
			const post = presentPost((await repository.find(postId))!);
			const action =
				parsed.status && parsed.status !== before.row.status
					? `post.${parsed.status === 'published' ? 'publish' : parsed.status === 'unpublished' ? 'unpublish' : 'change'}`
					: 'post.change';
			await recordAudit({
				db: tx,
				context,
				change: { action, entityType: 'post', entityId: postId, spaceId: space.id, before: presentPost(before), after: post }
			});
			return post;
		});
	});
}

/** Publishes a post (it shows once its publish date has come) or takes it off the site again. */
export const setPostStatus = (input: { db: Database; context: AuditContext; space: SpaceRef; postId: string; status: 'published' | 'unpublished' }) =>
	changePost({ ...input, input: { status: input.status } });

/**
 * Removes a post: a draft that was never published is deleted for good; a post that was published
 * once is unpublished instead, so its addresses, comments and audit history stay (a link to it
 * then says it is gone, and staff may publish it again).
 */
export async function removePost({ db, context, space, postId }: { db: Database; context: AuditContext; space: SpaceRef; postId: string }) {
	return changingInSpace({ db, context, space }, postsPolicy, 'manage', async (tx) => {
		const repository = createPostsRepository({ db: tx, spaceId: space.id });
		const before = isUuid(postId) ? await repository.find(postId) : undefined;
		if (!before) throw postNotFound(postId);
		if (before.row.status !== 'draft') {
			const post = await changePost({ db: tx, context, space, postId, input: { status: 'unpublished' } });
			return { deleted: false as const, post };
		}
		await repository.remove(postId);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'post.delete', entityType: 'post', entityId: postId, spaceId: space.id, before: presentPost(before) }
		});
		return { deleted: true as const };
	});
}

/** One post by id: staff see every state, the public a published one whose date has come. */
export async function getPost({ db, actor, space, postId }: { db: Database; actor: Actor; space: SpaceRef; postId: string }): Promise<Post> {
	authorize(postsPolicy, actor, 'read', { spaceId: space.id });
	const record = isUuid(postId) ? await createPostsRepository({ db, spaceId: space.id }).find(postId) : undefined;
	const post = record && presentPost(record);
	if (!post || (!post.visible && !can(postsPolicy, actor, 'manage', { spaceId: space.id }))) throw postNotFound(postId);
	return post;
}

/** A space's posts, newest first: all of them for its staff (filtered by status, kind, tag), the visible ones for others. */
export async function listPosts({
	db,
	actor,
	space,
	query = {},
	now = new Date()
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	query?: unknown;
	now?: Date;
}) {
	authorize(postsPolicy, actor, 'read', { spaceId: space.id });
	const filters = postListQuerySchema.parse(query);
	const staff = can(postsPolicy, actor, 'manage', { spaceId: space.id });
	const conditions: (SQL | undefined)[] = [eq(posts.spaceId, space.id), staff ? undefined : visibleNow(now)];
	if (filters.status) conditions.push(eq(posts.status, filters.status));
	if (filters.kind) conditions.push(eq(posts.kind, filters.kind));
	if (filters.tag) conditions.push(arrayContains(posts.tags, [filters.tag]));
	const { items } = await queryPosts(db, { where: and(...conditions), limit: 1000 });
	return items.map((item) => presentPost(item, now));
}

/** What public pages and feeds show of the visible posts: a page of them, of one space or all, optionally by tag. */
export async function listVisiblePosts({
	db,
	spaceId,
	tag,
	page = 1,
	pageSize = 10,
	now = new Date()
}: {
	db: Database;
	spaceId?: string;
	tag?: string;
	page?: number;
	pageSize?: number;
	now?: Date;
}) {
	const where = and(visibleNow(now), spaceId ? eq(posts.spaceId, spaceId) : undefined, tag ? arrayContains(posts.tags, [tag.toLowerCase()]) : undefined);
	const { items, total } = await queryPosts(db, { where, limit: pageSize, offset: (Math.max(1, page) - 1) * pageSize });
	return { items: items.map((item) => presentPost(item, now)), total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The visible post with this address in a language (or in the other one, for a link made before a translation existed). */
export async function findVisiblePost({
	db,
	space,
	slug,
	locale,
	now = new Date()
}: {
	db: Database;
	space: SpaceRef;
	slug: string;
	locale: PostLocale;
	now?: Date;
}) {
	const repository = createPostsRepository({ db, spaceId: space.id });
	const record = (await repository.findBySlug(locale, slug)) ?? (await repository.findBySlug(locale === 'sl' ? 'en' : 'sl', slug));
	const post = record && presentPost(record, now);
	if (!post?.visible) throw postNotFound(slug);
	return post;
}

/** A post's words in a language, falling back to Slovenian, with the language they are in. */
export function wordsIn(post: Post, locale: PostLocale) {
	const en = locale === 'en' ? post.translations.en : null;
	return en ? { ...en, lang: 'en' as const } : { ...post.translations.sl, lang: 'sl' as const };
}

/** The path of a post in a language: its own address there, or the Slovenian one under /en when it has no English words. */
export function postPath(spaceSlug: string, post: Post, locale: PostLocale) {
	const words = wordsIn(post, locale);
	return `${locale === 'en' ? '/en' : ''}/spaces/${spaceSlug}/posts/${words.slug}`;
}
