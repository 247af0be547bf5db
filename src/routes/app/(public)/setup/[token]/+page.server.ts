import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { completeSetup, isSetupLinkValid } from '#lib/server/auth/auth.usecases.ts';
import { knownDeviceFor, signIn } from '#lib/server/auth/sign-in.usecases.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rememberBrowser } from '#lib/server/http/known-device-cookie.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params }) => {
	const { db } = await getApp();
	if (!(await isSetupLinkValid({ db, token: params.token }))) error(404, 'setup_link_invalid');
};

export const actions: Actions = {
	default: async ({ request, params, cookies, getClientAddress }) => {
		const data = await request.formData();
		const { db, auth, config } = await getApp();
		const input = {
			name: String(data.get('name') ?? ''),
			email: String(data.get('email') ?? ''),
			password: String(data.get('password') ?? ''),
			locale: getLocale()
		};
		try {
			await completeSetup({ db, auth, token: params.token, input });
			const user = await signIn({ db, auth, input, address: getClientAddress(), headers: request.headers });
			rememberBrowser(cookies, await knownDeviceFor({ auth, email: user.email }), config.publicUrl);
		} catch (cause) {
			return failForm(cause, formValues(data));
		}
		redirect(303, localHref('/app'));
	}
};
