import { and, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { postImages, posts, postTranslations, type PostLocale, type PostRow, type PostTranslationRow } from './posts.table.ts';

export type PostRecord = { row: PostRow; translations: PostTranslationRow[] };

/** Published and dated no later than now: what the public sees. */
export const visibleNow = (now: Date) => and(eq(posts.status, 'published'), lte(posts.publishAt, now))!;

async function withTranslations(db: Database, rows: PostRow[]): Promise<PostRecord[]> {
	if (rows.length === 0) return [];
	const words = await db
		.select()
		.from(postTranslations)
		.where(
			inArray(
				postTranslations.postId,
				rows.map((row) => row.id)
			)
		);
	return rows.map((row) => ({ row, translations: words.filter((word) => word.postId === row.id) }));
}

/** Posts of every space or of one, newest first, with their words. */
export async function queryPosts(db: Database, { where, limit, offset = 0 }: { where: SQL | undefined; limit: number; offset?: number }) {
	const rows = await db.select().from(posts).where(where).orderBy(desc(posts.publishAt), desc(posts.id)).limit(limit).offset(offset);
	const [counted] = await db
		.select({ total: sql<number>`count(*)::int` })
		.from(posts)
		.where(where);
	return { items: await withTranslations(db, rows), total: counted?.total ?? 0 };
}

export async function spaceIdOfPost(db: Database, postId: string): Promise<string | undefined> {
	const [row] = await db.select({ spaceId: posts.spaceId }).from(posts).where(eq(posts.id, postId));
	return row?.spaceId;
}

export function createPostsRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	return {
		async find(postId: string): Promise<PostRecord | undefined> {
			const [row] = await db
				.select()
				.from(posts)
				.where(and(eq(posts.spaceId, spaceId), eq(posts.id, postId)));
			return row ? (await withTranslations(db, [row]))[0] : undefined;
		},
		/** The post with this address in a language, if any. */
		async findBySlug(locale: PostLocale, slug: string): Promise<PostRecord | undefined> {
			const [found] = await db
				.select({ postId: postTranslations.postId })
				.from(postTranslations)
				.where(and(eq(postTranslations.spaceId, spaceId), eq(postTranslations.locale, locale), eq(postTranslations.slug, slug)));
			return found ? this.find(found.postId) : undefined;
		},
		async slugTaken(locale: PostLocale, slug: string, exceptPostId?: string): Promise<boolean> {
			const rows = await db
				.select({ postId: postTranslations.postId })
				.from(postTranslations)
				.where(and(eq(postTranslations.spaceId, spaceId), eq(postTranslations.locale, locale), eq(postTranslations.slug, slug)));
			return rows.some((row) => row.postId !== exceptPostId);
		},
		async insert(values: Omit<typeof posts.$inferInsert, 'spaceId'>): Promise<PostRow> {
			const [row] = await db
				.insert(posts)
				.values({ ...values, spaceId })
				.returning();
			return row!;
		},
		async update(postId: string, values: Partial<typeof posts.$inferInsert>): Promise<void> {
			await db
				.update(posts)
				.set({ ...values, updatedAt: new Date() })
				.where(and(eq(posts.spaceId, spaceId), eq(posts.id, postId)));
		},
		async putTranslation(postId: string, locale: PostLocale, words: { slug: string; title: string; summary: string; body: string }) {
			await db
				.insert(postTranslations)
				.values({ spaceId, postId, locale, ...words })
				.onConflictDoUpdate({ target: [postTranslations.spaceId, postTranslations.postId, postTranslations.locale], set: words });
		},
		async removeTranslation(postId: string, locale: PostLocale) {
			await db
				.delete(postTranslations)
				.where(and(eq(postTranslations.spaceId, spaceId), eq(postTranslations.postId, postId), eq(postTranslations.locale, locale)));
		},
		async remove(postId: string) {
			await db.delete(posts).where(and(eq(posts.spaceId, spaceId), eq(posts.id, postId)));
		},
		async putImageVariants(imageId: string, variants: { width: number; height: number; format: 'webp' | 'jpeg'; content: Buffer }[]) {
			await db.insert(postImages).values(variants.map((variant) => ({ ...variant, spaceId, imageId })));
		},
		async findImageVariant(imageId: string, width: number, format: 'webp' | 'jpeg') {
			const [row] = await db
				.select()
				.from(postImages)
				.where(and(eq(postImages.spaceId, spaceId), eq(postImages.imageId, imageId), eq(postImages.width, width), eq(postImages.format, format)));
			return row;
		},
		async imageWidths(imageId: string): Promise<number[]> {
			const rows = await db
				.selectDistinct({ width: postImages.width })
				.from(postImages)
				.where(and(eq(postImages.spaceId, spaceId), eq(postImages.imageId, imageId)));
			return rows.map((row) => row.width).sort((a, b) => b - a);
		}
	};
}
export type PostsRepository = ReturnType<typeof createPostsRepository>;
