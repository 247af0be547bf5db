import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { authorizePage } from '#lib/server/http/page-errors.ts';
import { spacesPolicy } from '#lib/server/spaces/spaces.policy.ts';
import { listSpaces } from '#lib/server/spaces/spaces.usecases.ts';

/** Every space, archived ones too: the platform admins' list, from which they open or restore one. */
export const load: PageServerLoad = async ({ locals }) => {
	authorizePage(spacesPolicy, locals.actor, 'create');
	const { spacesRepository } = await getApp();
	const spaces = await listSpaces({ spacesRepository, includeArchived: true });
	return { spaces: spaces.map(({ slug, name, archivedAt }) => ({ slug, name, archived: Boolean(archivedAt) })) };
};
