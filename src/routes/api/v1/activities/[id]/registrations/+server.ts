import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { listRegistrations, registerForActivity } from '#lib/server/activities/registrations/registrations.register.ts';
import { spaceOfActivity } from '#lib/server/activities/activity-space.ts';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';

const spaceNamed = async (id: string) => spaceOfActivity((await getApp()).db, id);

export const GET: RequestHandler = ({ params, locals, url }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return listRegistrations({
			db,
			actor: locals.actor,
			space: await spaceNamed(params.id),
			activityId: params.id,
			page: Number(url.searchParams.get('page') ?? 1) || 1,
			pageSize: Number(url.searchParams.get('pageSize') ?? 50) || 50
		});
	});

/** A public registration, no token needed: 201 for a new one, 200 when the person was registered already. */
export const POST: RequestHandler = async ({ params, request, locals, getClientAddress }) => {
	try {
		const { db, config, wakeJobRunner } = await getApp();
		const input = await readJson(request);
		const result = await registerForActivity({
			db,
			context: { actor: locals.actor, source: 'api' },
			space: await spaceNamed(params.id),
			activityId: params.id,
			clientAddress: getClientAddress(),
			publicUrl: config.publicUrl,
			input
		});
		wakeJobRunner();
		return json({ id: result.id, status: result.status, created: result.created }, { status: result.created ? 201 : 200 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
