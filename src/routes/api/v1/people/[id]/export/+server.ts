import type { RequestHandler } from './$types';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { exportPersonalData } from '#lib/server/people/people.gdpr.ts';
import { modules } from '#lib/server/modules.ts';
import { personReferencesOf } from '#lib/server/manifest/manifest.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return exportPersonalData({ db, context: { actor: locals.actor, source: 'api' }, id: params.id, references: personReferencesOf(modules) });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
