import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { getProjectMoney, setProjectMoney } from '#lib/server/projects/money/money.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return getProjectMoney({ db, actor: locals.actor, space: spaceOf(locals, params.slug), projectId: params.id });
	});

export const PUT: RequestHandler = ({ params, request, url, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const input = await readJson(request);
		return setProjectMoney({
			db,
			context: { actor: locals.actor, source: 'api' },
			space: spaceOf(locals, params.slug),
			projectId: params.id,
			input,
			locale: url.searchParams.get('locale') === 'en' ? 'en' : 'sl'
		});
	});

export const fallback: RequestHandler = methodNotAllowed(['GET', 'PUT']);
