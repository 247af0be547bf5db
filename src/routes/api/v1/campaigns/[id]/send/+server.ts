import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson } from '#lib/server/http/api-responses.ts';
import { campaignSpace } from '#lib/server/newsletters/newsletters.pages.ts';
import { sendCampaign } from '#lib/server/newsletters/newsletters.usecases.ts';

export const POST: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db, config, wakeJobRunner } = await getApp();
		const input = request.headers.get('content-length') === '0' || !request.body ? {} : await readJson(request);
		const space = await campaignSpace(db, locals.actor, params.id);
		const result = await sendCampaign({ db, context: { actor: locals.actor, source: 'api' }, space, id: params.id, input, publicUrl: config.publicUrl });
		wakeJobRunner();
		return json(result, { status: 202 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['POST']);
