import type { RequestHandler } from './$types';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { erasePerson } from '#lib/server/people/people.gdpr.ts';
import { modules } from '#lib/server/modules.ts';
import { personReferencesOf } from '#lib/server/manifest/manifest.ts';

/** No body: erasing is the whole request, and it cannot be undone. */
export const POST: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return erasePerson({ db, context: { actor: locals.actor, source: 'api' }, id: params.id, references: personReferencesOf(modules) });
	});

export const fallback: RequestHandler = methodNotAllowed(['POST']);
