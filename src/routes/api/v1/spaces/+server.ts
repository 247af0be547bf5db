import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { launchSpace } from '#lib/server/spaces/space-launch.ts';
import { listSpaces } from '#lib/server/spaces/spaces.usecases.ts';

export const GET: RequestHandler = () =>
	respondJson(async () => {
		const { spacesRepository } = await getApp();
		return { items: await listSpaces({ spacesRepository }) };
	});

export const POST: RequestHandler = async ({ request, locals }) => {
	try {
		const { db, config, wakeJobRunner } = await getApp();
		const input = await readJson(request);
		const { space } = await launchSpace({ db, context: { actor: locals.actor, source: 'api' }, publicUrl: config.publicUrl, input });
		wakeJobRunner();
		return json(space, { status: 201, headers: { location: `/api/v1/spaces/${space.slug}` } });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
