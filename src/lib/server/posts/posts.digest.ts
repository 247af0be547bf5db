import { and, eq, gte, lt } from 'drizzle-orm';
import type { DigestSection } from '../manifest/manifest.ts';
import { markdownToText } from '../shared/markdown.ts';
import { createSpacesRepository } from '../spaces/spaces.repository.ts';
import { queryPosts } from './posts.repository.ts';
import { posts } from './posts.table.ts';
import { postPath, presentPost, wordsIn } from './posts.usecases.ts';

const oneLine = (text: string, max = 160) => {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
};

/**
 * The space's posts published in [since, until): those whose publish date falls in the period and
 * that are published (a post scheduled for the period counts once its date has come), oldest
 * first, in the recipient's language where a translation exists.
 */
export const postsDigestSection: DigestSection = {
	id: 'posts',
	order: 30,
	heading: (locale) => (locale === 'en' ? 'News' : 'Novice'),
	collect: async ({ db, spaceId, recipient, since, until, publicUrl }) => {
		const space = await createSpacesRepository({ db }).findById(spaceId);
		if (!space) return [];
		const where = and(eq(posts.spaceId, spaceId), eq(posts.status, 'published'), gte(posts.publishAt, since), lt(posts.publishAt, until));
		const { items } = await queryPosts(db, { where, limit: 50 });
		const base = publicUrl.replace(/\/+$/, '');
		return items
			.map((record) => presentPost(record, until))
			.reverse()
			.map((post) => {
				const words = wordsIn(post, recipient.locale);
				const detail = oneLine(words.summary || markdownToText(words.body));
				return { title: words.title, url: `${base}${postPath(space.slug, post, recipient.locale)}`, when: post.publishAt, ...(detail && { detail }) };
			});
	}
};
