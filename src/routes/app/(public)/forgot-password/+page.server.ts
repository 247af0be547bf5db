import type { Actions } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requestPasswordResetByForm } from '#lib/server/auth/auth.usecases.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const data = await request.formData();
		const { db, auth } = await getApp();
		try {
			await requestPasswordResetByForm({ db, auth, input: { email: data.get('email') }, address: getClientAddress() });
		} catch (error) {
			return failForm(error, formValues(data));
		}
		// the same answer whether or not the address has an account
		return { sent: true };
	}
};
