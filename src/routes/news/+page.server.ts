import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { postCardsPage } from '#lib/server/posts/post-pages.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** The platform's news: every space's visible posts, newest first, ten a page. */
export const load: PageServerLoad = async ({ url }) => {
	const { db } = await getApp();
	return postCardsPage({ db, page: Number(url.searchParams.get('page') ?? 1), locale: getLocale() });
};
