import type { RequestHandler } from './$types';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { archiveSpace, restoreSpace } from '#lib/server/spaces/space-life.usecases.ts';

/** POST archives the space, DELETE takes it out of the archive (restores it). */
export const POST: RequestHandler = ({ params, locals }) =>
	respondJson(async () => archiveSpace({ db: (await getApp()).db, context: { actor: locals.actor, source: 'api' }, slug: params.slug }));

export const DELETE: RequestHandler = ({ params, locals }) =>
	respondJson(async () => restoreSpace({ db: (await getApp()).db, context: { actor: locals.actor, source: 'api' }, slug: params.slug }));

export const fallback: RequestHandler = methodNotAllowed(['POST', 'DELETE']);
