import type { Database } from '../db/client.ts';
import { countOrganisationPages, listOrganisationPages } from '../organisations/organisation-addresses.ts';
import { listSpaces } from '../spaces/spaces.usecases.ts';
import { createSpacesRepository } from '../spaces/spaces.repository.ts';

/** A sitemap file holds at most 50,000 addresses (sitemaps.org); organisations come in parts of this many. */
export const organisationsPerPart = 50_000;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

/** A page's address in each language: Slovenian at the path itself, English under `/en`. */
const localized = (origin: string, path: string) => ({ sl: `${origin}${path}`, en: `${origin}/en${path === '/' ? '' : path}` });

/** One page, in Slovenian, with its English twin and the default as alternates. */
function urlEntry(origin: string, path: string, lastModified?: Date): string {
	const { sl, en } = localized(origin, path);
	const alternates = [
		`<xhtml:link rel="alternate" hreflang="sl" href="${escapeXml(sl)}"/>`,
		`<xhtml:link rel="alternate" hreflang="en" href="${escapeXml(en)}"/>`,
		`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(sl)}"/>`
	].join('');
	const lastmod = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : '';
	return `<url><loc>${escapeXml(sl)}</loc>${lastmod}${alternates}</url>`;
}

const urlSet = (entries: string[]) =>
	`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;

/** The index: a part for the site's own pages and the spaces, and parts for the organisations. */
export async function sitemapIndex({ db, origin }: { db: Database; origin: string }): Promise<string> {
	const parts = Math.ceil((await countOrganisationPages({ db })) / organisationsPerPart);
	const addresses = ['pages', ...Array.from({ length: parts }, (_, index) => `organisations-${index + 1}`)].map(
		(part) => `<sitemap><loc>${escapeXml(`${origin}/sitemap.xml?part=${part}`)}</loc></sitemap>`
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${addresses.join('\n')}\n</sitemapindex>\n`;
}

/** One part of the sitemap (`pages` or `organisations-N`), or undefined for a part there is not. */
export async function sitemapPart({ db, origin, part }: { db: Database; origin: string; part: string }): Promise<string | undefined> {
	if (part === 'pages') {
		const spaces = await listSpaces({ spacesRepository: createSpacesRepository({ db }) });
		const pages = ['/', '/spaces', '/organisations', '/calendar', '/accessibility', '/privacy'].map((path) => urlEntry(origin, path));
		return urlSet([
			...pages,
			...spaces.map((space) => urlEntry(origin, `/spaces/${space.slug}`, new Date(space.updatedAt))),
			...spaces.map((space) => urlEntry(origin, `/spaces/${space.slug}/calendar`))
		]);
	}
	const number = /^organisations-([1-9]\d*)$/.exec(part)?.[1];
	if (!number) return undefined;
	const rows = await listOrganisationPages({ db, offset: (Number(number) - 1) * organisationsPerPart, limit: organisationsPerPart });
	if (rows.length === 0) return undefined;
	return urlSet(rows.map((row) => urlEntry(origin, `/organisations/${row.id}`, row.updatedAt)));
}
