import type { Actions, PageServerLoad } from './$types';
import { acceptOfferByLink, cancelRegistrationByLink, registrationByToken } from '#lib/server/activities/registrations/registrations.offers.ts';
import { getApp } from '#lib/server/app.ts';
import { failForm } from '#lib/server/http/forms.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const { db } = await getApp();
	// the address is a secret: not for caches, nor for other sites it links to (same-origin, not
	// no-referrer: Chromium then sends `Origin: null` with the cancel form, which the CSRF check refuses)
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'same-origin' });
	const { registration, activity, space, personName } = await registrationByToken({ db, token: params.token }).catch(rethrowForPage);
	return {
		registration: {
			status: registration.status,
			checkInCode: registration.checkInCode,
			offeredUntil: registration.offeredUntil?.toISOString() ?? null
		},
		activity,
		space,
		personName
	};
};

export const actions: Actions = {
	cancel: async ({ params, locals }) => {
		const { db, config, wakeJobRunner } = await getApp();
		try {
			await cancelRegistrationByLink({ db, context: { actor: locals.actor, source: 'form' }, token: params.token, publicUrl: config.publicUrl });
			wakeJobRunner();
			return { done: 'cancelled' as const };
		} catch (error) {
			return failForm(error, {});
		}
	},
	accept: async ({ params, locals }) => {
		const { db, config, wakeJobRunner } = await getApp();
		try {
			await acceptOfferByLink({ db, context: { actor: locals.actor, source: 'form' }, token: params.token, publicUrl: config.publicUrl });
			wakeJobRunner();
			return { done: 'accepted' as const };
		} catch (error) {
			return failForm(error, {});
		}
	}
};
