import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { knownDeviceFor, signIn } from '#lib/server/auth/sign-in.usecases.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { knownDeviceOf, rememberBrowser } from '#lib/server/http/known-device-cookie.ts';
import { safeNext } from '#lib/server/http/redirects.ts';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor.kind === 'session') redirect(303, safeNext(url.searchParams.get('next'), localHref('/app')));
	return { reset: url.searchParams.has('reset'), unlocked: url.searchParams.has('unlocked') };
};

export const actions: Actions = {
	default: async ({ request, url, cookies, getClientAddress }) => {
		const data = await request.formData();
		const { db, auth, config, wakeJobRunner } = await getApp();
		try {
			const user = await signIn({
				db,
				auth,
				input: { email: data.get('email'), password: data.get('password') },
				address: getClientAddress(),
				headers: request.headers,
				knownDevice: knownDeviceOf(cookies, data.get('email')),
				unlockMailing: { publicUrl: config.publicUrl, wakeJobRunner }
			});
			rememberBrowser(cookies, await knownDeviceFor({ auth, email: user.email }), config.publicUrl);
		} catch (error) {
			return failForm(error, formValues(data));
		}
		redirect(303, safeNext(url.searchParams.get('next'), localHref('/app')));
	}
};
