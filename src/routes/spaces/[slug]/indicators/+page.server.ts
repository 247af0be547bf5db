import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { anonymous } from '#lib/server/policy/actor.ts';
import { listSpaceIndicators } from '#lib/server/projects/indicators/space-indicator-table.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	// the public table, the same for everyone
	return { space, rows: await listSpaceIndicators({ db, actor: anonymous, space }).catch(rethrowForPage) };
};
