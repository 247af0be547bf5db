import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { signOut } from '#lib/server/auth/auth.usecases.ts';

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const { db, auth } = await getApp();
		await signOut({ db, auth, context: { actor: locals.actor, source: 'form' }, headers: request.headers });
		redirect(303, localHref('/'));
	}
};
