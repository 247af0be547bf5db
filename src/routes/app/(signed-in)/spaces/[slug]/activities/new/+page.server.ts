import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { activitiesSpaceOfPage, activityChoices, refusedSave } from '#lib/server/activities/activity-pages.ts';
import { sectionToChange } from '#lib/server/activities/activity-form.ts';
import { createActivity } from '#lib/server/activities/activities.usecases.ts';
import { getApp } from '#lib/server/app.ts';
import { formValues } from '#lib/server/http/forms.ts';
import { localHref } from '#lib/shared/links.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = activitiesSpaceOfPage(locals, params.slug);
	return { space, ...(await activityChoices(db, locals.actor, space)) };
};

export const actions: Actions = {
	/** The basics and the first session; the rest is added on the activity's own page. */
	default: async ({ request, params, locals }) => {
		const space = activitiesSpaceOfPage(locals, params.slug);
		const sent = formValues(await request.formData());
		const basics = sectionToChange('basics', sent);
		const sessions = sectionToChange('sessions', sent);
		const problems = { ...basics.problems, ...sessions.problems };
		if (Object.keys(problems).length > 0) return fail(400, { values: sent, errors: problems });
		const { db } = await getApp();
		let id: string;
		try {
			id = (await createActivity({ db, context: { actor: locals.actor, source: 'form' }, space, input: { ...basics.change, ...sessions.change } })).id;
		} catch (cause) {
			return refusedSave(cause, sent);
		}
		redirect(303, localHref(`/app/spaces/${space.slug}/activities/${id}?added=1`));
	}
};
