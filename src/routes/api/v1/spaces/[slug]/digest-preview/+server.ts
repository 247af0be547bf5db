import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { previewDigest } from '#lib/server/digest/digest.preview.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const GET: RequestHandler = ({ params, locals, url }) =>
	respondJson(async () => {
		const { db, config } = await getApp();
		const preview = await previewDigest({
			db,
			actor: locals.actor,
			space: spaceOf(locals, params.slug),
			query: Object.fromEntries(url.searchParams),
			locale: 'sl',
			publicUrl: config.publicUrl
		});
		return preview.digest ?? { sections: [] };
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
