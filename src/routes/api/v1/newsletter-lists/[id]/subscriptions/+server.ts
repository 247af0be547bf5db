import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson } from '#lib/server/http/api-responses.ts';
import { signUp } from '#lib/server/newsletters/newsletters.signup.ts';

/** A public sign-up, by the form's rules: a confirmation mail, nothing else until its link is followed. */
export const POST: RequestHandler = async ({ params, request, getClientAddress }) => {
	try {
		const { db, config, wakeJobRunner } = await getApp();
		const input = await readJson(request);
		const result = await signUp({ db, listId: params.id, input, clientAddress: getClientAddress(), publicUrl: config.publicUrl });
		wakeJobRunner();
		return json(result, { status: 202 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['POST']);
