import type { Database } from '../db/client.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { findSpaceById } from '../spaces/space-scope.ts';
import { postImagePath } from './post-images.ts';
import type { Post } from './posts.schemas.ts';
import { listVisiblePosts, postPath, wordsIn } from './posts.usecases.ts';

/** A post as lists show it: title and summary in the reader's language (else Slovenian), its date, kind, space, address and small cover. */
export type PostCard = {
	id: string;
	title: string;
	summary: string;
	lang: 'sl' | 'en';
	kind: string;
	publishAt: string;
	href: string;
	space: { slug: string; name: LocalizedText };
	image: { webp: string; jpeg: string; alt: string } | null;
};

export async function postCards(db: Database, posts: Post[], locale: 'sl' | 'en'): Promise<PostCard[]> {
	const spaces = new Map<string, { slug: string; name: LocalizedText }>();
	for (const post of posts) {
		if (spaces.has(post.spaceId)) continue;
		const space = await findSpaceById(db, post.spaceId);
		if (space) spaces.set(post.spaceId, { slug: space.slug, name: space.name });
	}
	return posts.flatMap((post) => {
		const space = spaces.get(post.spaceId);
		if (!space) return [];
		const words = wordsIn(post, locale);
		const imageId = post.cover?.imageId;
		return [
			{
				id: post.id,
				title: words.title,
				summary: words.summary,
				lang: words.lang,
				kind: post.kind,
				publishAt: post.publishAt,
				// the path without the language prefix: pages localise it
				href: postPath(space.slug, post, locale).replace(/^\/en(?=\/)/, ''),
				space,
				image: imageId
					? {
							webp: postImagePath(space.slug, imageId, 800, 'webp'),
							jpeg: postImagePath(space.slug, imageId, 800, 'jpeg'),
							alt: (locale === 'en' && post.cover?.alt?.en) || post.cover?.alt?.sl || ''
						}
					: null
			}
		];
	});
}

/** The latest visible posts of a space, for its page. */
export async function latestPostCards({ db, spaceId, locale, count = 3 }: { db: Database; spaceId: string; locale: 'sl' | 'en'; count?: number }) {
	const { items } = await listVisiblePosts({ db, spaceId, pageSize: count });
	return postCards(db, items, locale);
}

/** A page of visible posts (of a space or all, by tag) as cards, with the page count; a page past the end is the last. */
export async function postCardsPage({ db, spaceId, tag, page, locale }: { db: Database; spaceId?: string; tag?: string; page: number; locale: 'sl' | 'en' }) {
	const pageSize = 10;
	const wanted = Number.isInteger(page) && page > 0 ? page : 1;
	const result = await listVisiblePosts({ db, spaceId, tag, page: wanted, pageSize });
	return { cards: await postCards(db, result.items, locale), page: Math.min(wanted, result.pages), pages: result.pages, total: result.total };
}
