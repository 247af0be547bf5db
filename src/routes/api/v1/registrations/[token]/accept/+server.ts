import type { RequestHandler } from './$types';
import { acceptOfferByLink } from '#lib/server/activities/registrations/registrations.offers.ts';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';

export const POST: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db, config, wakeJobRunner } = await getApp();
		const row = await acceptOfferByLink({ db, context: { actor: locals.actor, source: 'api' }, token: params.token, publicUrl: config.publicUrl });
		wakeJobRunner();
		return { id: row.id, status: row.status, offeredUntil: null };
	});

export const fallback: RequestHandler = methodNotAllowed(['POST']);
