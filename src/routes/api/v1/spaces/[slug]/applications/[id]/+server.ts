import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { decideApplication } from '#lib/server/memberships/applications/applications.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

/** Accepts or declines an application: `{ "decision": "accept" | "decline" }`. */
export const POST: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db, config, wakeJobRunner } = await getApp();
		const body = (await readJson(request)) as { decision?: unknown } | null;
		const outcome = await decideApplication({
			db,
			context: { actor: locals.actor, source: 'api' },
			space: spaceOf(locals, params.slug),
			publicUrl: config.publicUrl,
			organisationId: params.id,
			decision: body?.decision
		});
		wakeJobRunner();
		return outcome;
	});

export const fallback: RequestHandler = methodNotAllowed(['POST']);
