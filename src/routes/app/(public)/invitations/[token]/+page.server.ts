import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { knownDeviceFor, signIn } from '#lib/server/auth/sign-in.usecases.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rememberBrowser } from '#lib/server/http/known-device-cookie.ts';
import { isAppError } from '#lib/server/shared/errors.ts';
import { acceptInvitation, getInvitation } from '#lib/server/team/team.invitations.usecases.ts';

// an unknown, expired or used link is an expected state of this page, said in its own words
const invitationProblems = ['invitation_not_found', 'invitation_expired', 'invitation_used'];

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	try {
		const invitation = await getInvitation({ db, token: params.token });
		const { actor } = locals;
		return {
			invitation,
			problem: null,
			signedInAs: actor.kind === 'session' ? actor.email : null,
			signInHref: `${localHref('/app/sign-in')}?next=${encodeURIComponent(url.pathname)}`
		};
	} catch (error) {
		if (isAppError(error) && invitationProblems.includes(error.code)) {
			return { invitation: null, problem: error.code, signedInAs: null, signInHref: null };
		}
		throw error;
	}
};

export const actions: Actions = {
	/** A new person: creates the account, joins the space, and is signed in. */
	create: async ({ request, params, locals, cookies, getClientAddress }) => {
		const data = await request.formData();
		const { db, auth, config } = await getApp();
		const input = { name: String(data.get('name') ?? ''), password: String(data.get('password') ?? '') };
		try {
			const { email } = await acceptInvitation({ db, auth, context: { actor: locals.actor, source: 'form' }, token: params.token, input });
			const user = await signIn({ db, auth, input: { email, password: input.password }, address: getClientAddress(), headers: request.headers });
			rememberBrowser(cookies, await knownDeviceFor({ auth, email: user.email }), config.publicUrl);
		} catch (error) {
			return failForm(error, formValues(data));
		}
		redirect(303, localHref('/app'));
	},

	/** The signed-in owner of the invited address joins the space. */
	accept: async ({ params, locals }) => {
		const { db, auth } = await getApp();
		try {
			await acceptInvitation({ db, auth, context: { actor: locals.actor, source: 'form' }, token: params.token });
		} catch (error) {
			return failForm(error, {});
		}
		redirect(303, localHref('/app'));
	}
};
