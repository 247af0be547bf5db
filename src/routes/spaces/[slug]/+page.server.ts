import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isAppError } from '#lib/server/shared/errors.ts';
import { getSpaceBySlug } from '#lib/server/spaces/spaces.usecases.ts';

export const load: PageServerLoad = async ({ params }) => {
	const { spacesRepository } = await getApp();
	try {
		return { space: await getSpaceBySlug({ spacesRepository, slug: params.slug }) };
	} catch (cause) {
		if (isAppError(cause) && cause.kind === 'not_found') error(404, cause.message);
		throw cause;
	}
};
