import type { Actions } from './$types';
import { getApp } from '#lib/server/app.ts';
import { changePassword } from '#lib/server/auth/auth.usecases.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		const { db, auth } = await getApp();
		try {
			await changePassword({
				db,
				auth,
				context: { actor: locals.actor, source: 'form' },
				input: { currentPassword: data.get('currentPassword'), newPassword: data.get('newPassword') },
				headers: request.headers
			});
		} catch (error) {
			return failForm(error, formValues(data));
		}
		return { changed: true };
	}
};
