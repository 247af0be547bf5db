import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { confirmSignUp } from '#lib/server/newsletters/newsletters.signup.ts';
import { isAppError } from '#lib/server/shared/errors.ts';

/** The link only asks (mail scanners open links, and must not confirm for the owner); its button confirms. */
export const load: PageServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
	return {};
};

export const actions: Actions = {
	default: async ({ params }) => {
		const { db } = await getApp();
		try {
			return { confirmed: await confirmSignUp({ db, token: params.token }), problem: null };
		} catch (error) {
			if (isAppError(error)) return { confirmed: null, problem: error.code };
			throw error;
		}
	}
};
