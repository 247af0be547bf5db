import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { countMembersByRegion, listMembers } from '#lib/server/memberships/memberships.usecases.ts';
import { anonymous } from '#lib/server/policy/actor.ts';
import { listProjects } from '#lib/server/projects/projects.usecases.ts';
import { getCurrentProject } from '#lib/server/projects/space-page/current-project.usecases.ts';
import { getSpaceBySlug } from '#lib/server/spaces/spaces.usecases.ts';
import { latestPostCards } from '#lib/server/posts/post-pages.ts';
import { publicLists } from '#lib/server/newsletters/newsletters.usecases.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** The members named on the page; the directory lists them all. */
const membersShown = 60;

export const load: PageServerLoad = async ({ params, locals }) => {
	const { spacesRepository, db } = await getApp();
	const space = await getSpaceBySlug({ spacesRepository, slug: params.slug }).catch(rethrowForPage);
	const ref = spaceForPage(locals, params.slug);
	const [members, list, projects] = await Promise.all([
		countMembersByRegion({ db, space: ref }),
		// the public list, the same for everyone (a token on a page must not narrow it)
		listMembers({ db, actor: anonymous, space: ref, query: { status: 'member', pageSize: membersShown } }),
		listProjects({ db, actor: anonymous, space: ref })
	]);
	return {
		space,
		members,
		projects,
		current: await getCurrentProject({ db, actor: anonymous, space: ref, projects }),
		posts: await latestPostCards({ db, spaceId: ref.id, locale: getLocale() }),
		// a public list's sign-up form is linked from the space page
		newsletter: (await publicLists(db, ref.id)).length > 0,
		memberList: list.items.map(({ organisation }) => ({ id: organisation.id, name: organisation.name, city: organisation.city }))
	};
};
