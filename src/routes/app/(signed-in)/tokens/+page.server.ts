import type { Actions, PageServerLoad } from './$types';
import { getLocale } from '#lib/paraglide/runtime.js';
import { getApp } from '#lib/server/app.ts';
import { dateForInput, toIsoDate } from '#lib/server/shared/calendar-date.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { defaultTokenExpiry, todayIso } from '#lib/server/tokens/tokens.schemas.ts';
import { createApiToken, listOwnTokens, revokeApiToken } from '#lib/server/tokens/tokens.usecases.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const { db } = await getApp();
	return {
		tokens: await listOwnTokens({ db, context: { actor: locals.actor, source: 'form' } }),
		today: todayIso(),
		defaultExpiry: dateForInput(defaultTokenExpiry(), getLocale())
	};
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const { token } = await createApiToken({
				db,
				context: { actor: locals.actor, source: 'form' },
				input: {
					name: String(data.get('name') ?? ''),
					scopes: data.getAll('scopes').map(String),
					expiresOn: String(toIsoDate(String(data.get('expiresOn') ?? '')))
				}
			});
			return { created: token };
		} catch (error) {
			return failForm(error, formValues(data));
		}
	},
	revoke: async ({ request, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			await revokeApiToken({ db, context: { actor: locals.actor, source: 'form' }, tokenId: String(data.get('id') ?? '') });
			return { revoked: true };
		} catch (error) {
			return failForm(error, {});
		}
	}
};
