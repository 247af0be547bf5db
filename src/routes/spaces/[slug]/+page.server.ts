import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { getSpaceBySlug } from '#lib/server/spaces/spaces.usecases.ts';

export const load: PageServerLoad = async ({ params }) => {
	const { spacesRepository } = await getApp();
	return { space: await getSpaceBySlug({ spacesRepository, slug: params.slug }).catch(rethrowForPage) };
};
