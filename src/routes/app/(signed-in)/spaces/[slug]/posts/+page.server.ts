import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { postsSpaceOfPage } from '#lib/server/posts/post-admin-pages.ts';
import { listPosts } from '#lib/server/posts/posts.usecases.ts';

/** The space's posts in every state, filtered by status and kind (`?status=draft&kind=news`). */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = postsSpaceOfPage(locals, params.slug);
	const status = url.searchParams.get('status') || undefined;
	const kind = url.searchParams.get('kind') || undefined;
	const posts = await listPosts({ db, actor: locals.actor, space, query: { status, kind } }).catch(rethrowForPage);
	return {
		space,
		filters: { status: status ?? '', kind: kind ?? '' },
		deleted: url.searchParams.has('deleted'),
		posts: posts.map((post) => ({
			id: post.id,
			title: post.translations.sl.title,
			publishAt: post.publishAt,
			kind: post.kind,
			status: post.status,
			visible: post.visible,
			hasEnglish: post.translations.en !== null
		}))
	};
};
