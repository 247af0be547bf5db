import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { authorizePage } from '#lib/server/http/page-errors.ts';
import { newSpaceOf } from '#lib/server/spaces/space-forms.ts';
import { launchSpace } from '#lib/server/spaces/space-launch.ts';
import { spacesPolicy } from '#lib/server/spaces/spaces.policy.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = ({ locals }) => {
	authorizePage(spacesPolicy, locals.actor, 'create');
	return { mailLocale: getLocale() };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		const { db, config, wakeJobRunner } = await getApp();
		let created: Awaited<ReturnType<typeof launchSpace>>;
		try {
			created = await launchSpace({ db, context: { actor: locals.actor, source: 'form' }, publicUrl: config.publicUrl, input: newSpaceOf(data) });
		} catch (error) {
			return failForm(error, formValues(data));
		}
		wakeJobRunner();
		redirect(303, `${localHref(`/app/spaces/${created.space.slug}`)}?created=${created.invited ? 'invited' : 'alone'}`);
	}
};
