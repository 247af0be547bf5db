import { form, session, sessionForm } from '../http/access-rules.ts';
import { defineModule } from '../modules/manifest.ts';

/** Accounts: signing in and out, setting up the first administrator, passwords. */
export const authModule = defineModule({
	name: 'auth',
	routes: {
		'/app/(public)/sign-in': form,
		'/app/(public)/setup/[token]': form,
		'/app/(public)/forgot-password': form,
		'/app/(public)/reset-password/[token]': form,
		'/app/(public)/unlock/[token]': form,
		'/app/(signed-in)': { GET: session },
		'/app/(signed-in)/sign-out': sessionForm,
		'/app/(signed-in)/account': sessionForm
	}
});
