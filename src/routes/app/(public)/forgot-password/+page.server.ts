import type { Actions } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requestPasswordReset } from '#lib/server/auth/auth.usecases.ts';
import { requestPasswordResetSchema } from '#lib/server/auth/auth.schemas.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';

export const actions: Actions = {
	default: async ({ request }) => {
		const data = await request.formData();
		const { auth } = await getApp();
		try {
			const { email } = requestPasswordResetSchema.parse({ email: data.get('email') });
			await requestPasswordReset({ auth, email });
		} catch (error) {
			return failForm(error, formValues(data));
		}
		// the same answer whether or not the address has an account
		return { sent: true };
	}
};
