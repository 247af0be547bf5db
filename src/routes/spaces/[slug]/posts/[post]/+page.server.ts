import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getActivity } from '#lib/server/activities/activities.usecases.ts';
import { getApp } from '#lib/server/app.ts';
import { commentSectionData } from '#lib/server/comments/comments.usecases.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { anonymous } from '#lib/server/policy/actor.ts';
import { postImagePath } from '#lib/server/posts/post-images.ts';
import { findVisiblePost, postPath, wordsIn } from '#lib/server/posts/posts.usecases.ts';
import { getProject } from '#lib/server/projects/details/project-details.usecases.ts';
import { markdownToHtml } from '#lib/server/shared/markdown.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/**
 * A published post at its address in the reader's language. An address of the other language
 * (a link made before a translation, or the language switch) leads to the post's own address here.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const locale = getLocale();
	const post = await findVisiblePost({ db, space, slug: params.post, locale }).catch(rethrowForPage);
	const words = wordsIn(post, locale);
	if (words.slug !== params.post) redirect(301, postPath(space.slug, post, locale));
	const [project, activity, comments] = await Promise.all([
		post.projectId ? getProject({ db, actor: anonymous, which: { id: post.projectId } }).catch(() => undefined) : undefined,
		post.activityId ? getActivity({ db, actor: anonymous, space, activityId: post.activityId }).catch(() => undefined) : undefined,
		commentSectionData({ db, actor: locals.actor, subject: { kind: 'post', id: post.id } })
	]);
	const imageId = post.cover?.imageId;
	return {
		space,
		post: {
			id: post.id,
			kind: post.kind,
			publishAt: post.publishAt,
			tags: post.tags,
			title: words.title,
			summary: words.summary,
			lang: words.lang,
			html: markdownToHtml(words.body),
			cover: imageId
				? {
						large: { webp: postImagePath(space.slug, imageId, 1600, 'webp'), jpeg: postImagePath(space.slug, imageId, 1600, 'jpeg') },
						small: { webp: postImagePath(space.slug, imageId, 800, 'webp'), jpeg: postImagePath(space.slug, imageId, 800, 'jpeg') },
						alt: (locale === 'en' && post.cover?.alt?.en) || post.cover?.alt?.sl || ''
					}
				: null,
			credit: post.cover?.credit ? (locale === 'en' && post.cover.credit.en) || post.cover.credit.sl : null
		},
		project: project && { slug: project.slug, title: project.title },
		activity: activity && { slug: activity.slug, title: activity.title },
		comments
	};
};
