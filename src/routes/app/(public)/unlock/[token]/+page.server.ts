import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { isUnlockLinkValid, trustBrowserByUnlockLink } from '#lib/server/auth/sign-in.usecases.ts';
import { failForm } from '#lib/server/http/forms.ts';
import { rememberBrowser } from '#lib/server/http/known-device-cookie.ts';

// Opening the link only shows a button: mail scanners that fetch links must not use it up.
export const load: PageServerLoad = async ({ params }) => {
	const { db } = await getApp();
	return { valid: await isUnlockLinkValid({ db, token: params.token }) };
};

export const actions: Actions = {
	default: async ({ params, cookies }) => {
		const { db, auth, config } = await getApp();
		try {
			const { knownDevice } = await trustBrowserByUnlockLink({ db, auth, token: params.token });
			rememberBrowser(cookies, knownDevice, config.publicUrl);
		} catch (error) {
			return failForm(error, {});
		}
		redirect(303, `${localHref('/app/sign-in')}?unlocked`);
	}
};
