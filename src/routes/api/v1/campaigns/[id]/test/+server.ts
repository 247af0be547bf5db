import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed } from '#lib/server/http/api-responses.ts';
import { campaignSpace } from '#lib/server/newsletters/newsletters.pages.ts';
import { testSendCampaign } from '#lib/server/newsletters/newsletters.usecases.ts';

export const POST: RequestHandler = async ({ params, locals }) => {
	try {
		const { db, config, wakeJobRunner } = await getApp();

		const space = await campaignSpace(db, locals.actor, params.id);
		const result = await testSendCampaign({ db, context: { actor: locals.actor, source: 'api' }, space, id: params.id, publicUrl: config.publicUrl });
		wakeJobRunner();
		return json(result, { status: 202 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['POST']);
