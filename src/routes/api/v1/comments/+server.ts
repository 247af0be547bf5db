import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { listComments, postComment } from '#lib/server/comments/comments.usecases.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';

export const GET: RequestHandler = ({ locals, url }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return listComments({ db, actor: locals.actor, subject: url.searchParams.get('subject') ?? '' });
	});

/** A public comment, no token needed: 201 with its status (`held`, `published`; spam is told as `held`). */
export const POST: RequestHandler = async ({ request, locals, getClientAddress }) => {
	try {
		const { db, config, wakeJobRunner } = await getApp();
		const input = await readJson(request);
		const result = await postComment({
			db,
			context: { actor: locals.actor, source: 'api' },
			clientAddress: getClientAddress(),
			publicUrl: config.publicUrl,
			input
		});
		wakeJobRunner();
		return json({ id: result.id, status: result.status === 'spam' ? 'held' : result.status }, { status: 201 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
