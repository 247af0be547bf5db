import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { backOfficeLinksOf } from '#lib/server/manifest/manifest.ts';
import { countMembersByRegion } from '#lib/server/memberships/memberships.usecases.ts';
import { modules } from '#lib/server/modules.ts';
import { can } from '#lib/server/policy/policy.ts';
import { spacesPolicy } from '#lib/server/spaces/spaces.policy.ts';
import { getSpaceForEditing } from '#lib/server/spaces/spaces.usecases.ts';
import { listTeam } from '#lib/server/team/team.usecases.ts';
import { firstSteps, stepsLeft } from '#lib/spaces/first-steps.ts';

/**
 * A space's back-office home: the pages of the space its visitor may open and, for those who
 * run it (admins, staff), the first steps of a new space, each ticked from what the modules hold.
 */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { actor } = locals;
	const space = spaceForPage(locals, params.slug);
	const resource = { spaceId: space.id };
	authorizePage(spacesPolicy, actor, 'dashboard', resource);
	const links = backOfficeLinksOf(modules, 'space', actor, resource)
		.map((link) => ({ ...link, href: link.href.replace('[slug]', space.slug) }))
		.filter((link) => link.href !== `/app/spaces/${space.slug}`);
	let steps = null;
	if (can(spacesPolicy, actor, 'update', resource)) {
		const { db } = await getApp();
		const [profile, team, members] = await Promise.all([
			getSpaceForEditing({ db, actor, slug: space.slug }),
			listTeam({ db, actor, space }),
			countMembersByRegion({ db, space })
		]).catch(rethrowForPage);
		const all = firstSteps({ hasMission: Boolean(profile.mission), teamSize: team.members.length, memberCount: members.total });
		if (stepsLeft(all)) steps = all;
	}
	return {
		space: { slug: space.slug, name: space.name, archived: Boolean(space.archived) },
		links,
		steps,
		created: url.searchParams.get('created')
	};
};
