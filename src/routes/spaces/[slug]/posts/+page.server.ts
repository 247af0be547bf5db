import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { spaceForPage } from '#lib/server/http/page-errors.ts';
import { postCardsPage } from '#lib/server/posts/post-pages.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** A space's visible posts, newest first, ten a page, optionally those with a tag (`?tag=`). */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const tag = url.searchParams.get('tag')?.trim().toLowerCase().slice(0, 60) || undefined;
	const page = await postCardsPage({ db, spaceId: space.id, tag, page: Number(url.searchParams.get('page') ?? 1), locale: getLocale() });
	return { space, tag: tag ?? null, ...page };
};
