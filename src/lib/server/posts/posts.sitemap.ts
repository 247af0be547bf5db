import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { spaces } from '../spaces/spaces.table.ts';
import { postTranslations, posts } from './posts.table.ts';
import { visibleNow } from './posts.repository.ts';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

/** The sitemap part of the posts: each visible post at its address in each language it has, the others as its alternates. */
export async function postsSitemapPart({ db, origin }: { db: Database; origin: string }): Promise<string> {
	const rows = await db
		.select({ id: posts.id, updatedAt: posts.updatedAt, space: spaces.slug, locale: postTranslations.locale, slug: postTranslations.slug })
		.from(posts)
		.innerJoin(spaces, eq(spaces.id, posts.spaceId))
		.innerJoin(postTranslations, eq(postTranslations.postId, posts.id))
		.where(visibleNow(new Date()));
	const byPost = Map.groupBy(rows, (row) => row.id);
	const entries = [...byPost.values()].flatMap((words) => {
		const href = (row: (typeof words)[number]) => `${origin}${row.locale === 'en' ? '/en' : ''}/spaces/${row.space}/posts/${row.slug}`;
		const alternates = words.map((row) => `<xhtml:link rel="alternate" hreflang="${row.locale}" href="${escapeXml(href(row))}"/>`).join('');
		return words.map((row) => `<url><loc>${escapeXml(href(row))}</loc><lastmod>${row.updatedAt.toISOString()}</lastmod>${alternates}</url>`);
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

/** The sitemap index with the posts' part added before its end. */
export const withPostsPart = (index: string, origin: string) =>
	index.replace('</sitemapindex>', `<sitemap><loc>${escapeXml(`${origin}/sitemap.xml?part=posts`)}</loc></sitemap>\n</sitemapindex>`);
