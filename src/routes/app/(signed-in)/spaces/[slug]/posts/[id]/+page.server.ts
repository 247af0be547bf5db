import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	deleteAction,
	imageAction,
	postOfPage,
	postsSpaceOfPage,
	previewAction,
	relatedOptions,
	saveAction,
	statusAction
} from '#lib/server/posts/post-admin-pages.ts';
import { formValuesOfPost } from '#lib/server/posts/post-form.ts';
import { postImagePath } from '#lib/server/posts/post-images.ts';
import { postPath } from '#lib/server/posts/posts.usecases.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const { space, post } = await postOfPage(db, locals, params);
	const locale = getLocale();
	return {
		space,
		post: {
			id: post.id,
			status: post.status,
			visible: post.visible,
			publishAt: post.publishAt,
			title: post.translations.sl.title,
			publicPath: postPath(space.slug, post, 'sl'),
			cover: post.cover?.imageId ? { jpeg: postImagePath(space.slug, post.cover.imageId, 800, 'jpeg'), alt: post.cover.alt?.sl ?? '' } : null
		},
		values: formValuesOfPost(post, locale),
		justSaved: url.searchParams.has('saved'),
		...(await relatedOptions(db, space))
	};
};

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const { db } = await getApp();
		return saveAction({ db, request, locals, space: postsSpaceOfPage(locals, params.slug), postId: params.id });
	},
	preview: async ({ request, params, locals }) => {
		postsSpaceOfPage(locals, params.slug);
		return previewAction(request);
	},
	publish: async ({ params, locals }) => {
		const { db } = await getApp();
		return statusAction({ db, locals, space: postsSpaceOfPage(locals, params.slug), postId: params.id, status: 'published' });
	},
	unpublish: async ({ params, locals }) => {
		const { db } = await getApp();
		return statusAction({ db, locals, space: postsSpaceOfPage(locals, params.slug), postId: params.id, status: 'unpublished' });
	},
	delete: async ({ params, locals }) => {
		const { db } = await getApp();
		return deleteAction({ db, locals, space: postsSpaceOfPage(locals, params.slug), postId: params.id });
	},
	image: async ({ request, params, locals }) => {
		const { db } = await getApp();
		return imageAction({ db, request, locals, space: postsSpaceOfPage(locals, params.slug) });
	}
};
