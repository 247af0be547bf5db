import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { resetPassword } from '#lib/server/auth/auth.usecases.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';

export const actions: Actions = {
	default: async ({ request, params }) => {
		const data = await request.formData();
		const { db, auth } = await getApp();
		try {
			await resetPassword({ db, auth, input: { token: params.token, newPassword: data.get('newPassword') } });
		} catch (error) {
			return failForm(error, formValues(data));
		}
		redirect(303, `${localHref('/app/sign-in')}?reset`);
	}
};
