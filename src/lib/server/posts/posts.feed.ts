import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import type { Database } from '../db/client.ts';
import { markdownToHtml, markdownToText } from '../shared/markdown.ts';
import { findSpaceById, type SpaceRef } from '../spaces/space-scope.ts';
import { postImagePath } from './post-images.ts';
import { listVisiblePosts, postPath, wordsIn } from './posts.usecases.ts';

/** How many entries a feed carries: readers poll, they do not page. */
const entries = 30;

/** Site-relative links and images of rendered Markdown made absolute, as feed readers need them. */
const absolutise = (html: string, origin: string) => html.replace(/(\s(?:href|src))="\/(?!\/)/g, `$1="${origin}/`);

export type PostsFeed = { body: string; etag: string; lastModified?: Date };

/**
 * An Atom feed of the visible posts, of one space or of all, in one language (each entry in its
 * words there, else in Slovenian): absolute links, the body as sanitised HTML, an ETag of the body.
 */
export async function postsFeed({
	db,
	space,
	locale,
	origin,
	title,
	selfPath,
	pagePath
}: {
	db: Database;
	space?: SpaceRef;
	locale: 'sl' | 'en';
	origin: string;
	title: string;
	selfPath: string;
	pagePath: string;
}): Promise<PostsFeed> {
	const { items } = await listVisiblePosts({ db, spaceId: space?.id, pageSize: entries });
	const slugs = new Map<string, string>();
	for (const post of items) {
		if (!slugs.has(post.spaceId)) slugs.set(post.spaceId, space?.id === post.spaceId ? space.slug : ((await findSpaceById(db, post.spaceId))?.slug ?? ''));
	}
	const updated = items.reduce<Date | undefined>((latest, post) => {
		const date = new Date(Math.max(Date.parse(post.publishAt), Date.parse(post.updatedAt)));
		return !latest || date > latest ? date : latest;
	}, undefined);
	const feed = new Feed({
		id: `${origin}${selfPath}`,
		title,
		link: `${origin}${pagePath}`,
		language: locale,
		updated: updated ?? new Date(0),
		generator: 'Stičišče',
		feedLinks: { atom: `${origin}${selfPath}` },
		copyright: ''
	});
	for (const post of items) {
		const words = wordsIn(post, locale);
		const spaceSlug = slugs.get(post.spaceId)!;
		const link = `${origin}${postPath(spaceSlug, post, locale)}`;
		const cover = post.cover?.imageId ? `<p><img src="${origin}${postImagePath(spaceSlug, post.cover.imageId, 800)}" alt="" /></p>` : '';
		feed.addItem({
			id: `${origin}/spaces/${spaceSlug}/posts/${post.id}`,
			title: words.title,
			link,
			date: new Date(Math.max(Date.parse(post.publishAt), Date.parse(post.updatedAt))),
			published: new Date(post.publishAt),
			description: words.summary || markdownToText(words.body).slice(0, 300),
			content: cover + absolutise(markdownToHtml(words.body), origin),
			category: post.tags.map((tag) => ({ name: tag, term: tag }))
		});
	}
	const body = feed.atom1();
	return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, lastModified: updated };
}

/** An Atom answer that readers may keep a quarter of an hour, then revalidate with its ETag (304 when unchanged). */
export function atomResponse(feed: PostsFeed, request: Request): Response {
	const headers = new Headers({ 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=900', etag: feed.etag });
	if (feed.lastModified) headers.set('last-modified', feed.lastModified.toUTCString());
	const asked = request.headers.get('if-none-match');
	if (asked && asked.split(',').some((tag) => tag.trim() === feed.etag || tag.trim() === `W/${feed.etag}`)) return new Response(null, { status: 304, headers });
	return new Response(feed.body, { headers });
}
