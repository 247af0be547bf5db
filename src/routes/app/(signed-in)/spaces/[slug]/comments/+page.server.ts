import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { getCommentModeration, listCommentQueue, moderateComments, setCommentModeration, subjectsOf } from '#lib/server/comments/comments.usecases.ts';
import { commentStatuses } from '#lib/server/comments/comments.table.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';

const folderOf = (value: string | null) =>
	z
		.enum(commentStatuses)
		.catch('held')
		.parse(value ?? 'held');

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const status = folderOf(url.searchParams.get('status'));
	const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
	const queue = await listCommentQueue({ db, actor: locals.actor, space, status, page }).catch(rethrowForPage);
	return {
		space: { slug: space.slug, name: space.name },
		status,
		queue,
		subjects: await subjectsOf(
			db,
			queue.items.map((item) => item.subject)
		),
		moderation: await getCommentModeration({ db, actor: locals.actor, space })
	};
};

export const actions: Actions = {
	// one comment (its own button: `status:id`) or every ticked one (a bulk button: `status`)
	moderate: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const space = spaceForPage(locals, params.slug);
		const one = String(data.get('act') ?? '');
		const [status, id] = one ? one.split(':') : [String(data.get('status') ?? ''), undefined];
		const ids = id ? [id] : data.getAll('ids').map(String);
		if (ids.length === 0) return fail(400, { values: formValues(data), errors: { form: 'comment_none_chosen' } });
		try {
			const changed = await moderateComments({ db, context: { actor: locals.actor, source: 'form' }, space, input: { ids, status } });
			return { moderated: { count: changed.length, status } };
		} catch (error) {
			return failForm(error, formValues(data));
		}
	},

	settings: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const moderation = await setCommentModeration({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceForPage(locals, params.slug),
				input: { moderation: String(data.get('moderation') ?? '') }
			});
			return { saved: moderation };
		} catch (error) {
			return failForm(error, formValues(data));
		}
	}
};
