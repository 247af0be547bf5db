import { eq } from 'drizzle-orm';
import type { DemoLoad, DemoLoaded } from '../manifest/manifest.ts';
import { findSpace } from '../spaces/space-scope.ts';
import { createList } from './newsletters.usecases.ts';
import { newsletterLists } from './newsletters.table.ts';

const demoSlugs = ['grozd', 'iskra', 'nvo-vid', 'asociacija'];

/**
 * One list per demo space for its members (who consented), nothing sent; and a public list that
 * visitors may sign up to, with a weekly digest. A space that already has lists is left as it is.
 */
export async function loadDemoNewsletters({ db, context }: DemoLoad): Promise<DemoLoaded> {
	const created: string[] = [];
	const skipped: string[] = [];
	// demo content is loaded before any request: links in digests use the configured address
	const publicUrl = (process.env.PUBLIC_URL || process.env.ORIGIN || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '');
	for (const slug of demoSlugs) {
		const space = await findSpace(db, slug);
		if (!space) continue;
		const [existing] = await db.select({ id: newsletterLists.id }).from(newsletterLists).where(eq(newsletterLists.spaceId, space.id)).limit(1);
		if (existing) {
			skipped.push(`${slug}: newsletter lists`);
			continue;
		}
		await createList({
			db,
			context,
			space,
			publicUrl,
			input: { nameSl: 'Novice za članice', nameEn: 'News for members', audience: 'members', digestFrequency: 'none' }
		});
		await createList({ db, context, space, publicUrl, input: { nameSl: 'E-novice', nameEn: 'Newsletter', audience: 'public', digestFrequency: 'weekly' } });
		created.push(`${slug}: newsletter lists`);
	}
	return { created, skipped };
}
