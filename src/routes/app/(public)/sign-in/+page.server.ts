import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/links.ts';
import { getApp } from '#lib/server/app.ts';
import { signIn } from '#lib/server/auth/auth.usecases.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { safeNext } from '#lib/server/http/redirects.ts';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor.kind === 'session') redirect(303, safeNext(url.searchParams.get('next'), localHref('/app')));
	return { reset: url.searchParams.has('reset') };
};

export const actions: Actions = {
	default: async ({ request, url, getClientAddress }) => {
		const data = await request.formData();
		const { db, auth } = await getApp();
		try {
			await signIn({
				db,
				auth,
				input: { email: data.get('email'), password: data.get('password') },
				address: getClientAddress(),
				headers: request.headers
			});
		} catch (error) {
			return failForm(error, formValues(data));
		}
		redirect(303, safeNext(url.searchParams.get('next'), localHref('/app')));
	}
};
