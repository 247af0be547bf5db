import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { describeUnsubscribe, unsubscribe } from '#lib/server/newsletters/newsletters.signup.ts';
import { httpStatusOf, isAppError } from '#lib/server/shared/errors.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** The page only asks (mail scanners open links); its button's POST unsubscribes. */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
	const { db } = await getApp();
	try {
		return { view: await describeUnsubscribe({ db, token: params.token, locale: getLocale() }), problem: null };
	} catch (error) {
		if (isAppError(error)) return { view: null, problem: error.code };
		throw error;
	}
};

export const actions: Actions = {
	default: async ({ params }) => {
		const { db } = await getApp();
		try {
			await unsubscribe({ db, token: params.token, source: 'link' });
		} catch (error) {
			// an unknown key: the page says so (its load found none either)
			if (isAppError(error)) return fail(httpStatusOf(error), { done: false });
			throw error;
		}
		return { done: true };
	}
};
