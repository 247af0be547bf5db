import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { listSpaces } from '#lib/server/spaces/spaces.usecases.ts';

export const load: PageServerLoad = async () => {
	const { spacesRepository } = await getApp();
	return { spaces: await listSpaces({ spacesRepository }) };
};
