import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { countMembersByRegion } from '#lib/server/memberships/memberships.usecases.ts';
import { getSpaceBySlug } from '#lib/server/spaces/spaces.usecases.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { spacesRepository, db } = await getApp();
	const space = await getSpaceBySlug({ spacesRepository, slug: params.slug }).catch(rethrowForPage);
	return { space, members: await countMembersByRegion({ db, space: spaceForPage(locals, params.slug) }) };
};
