import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { modules } from '#lib/server/modules.ts';
import { backOfficeLinksOf } from '#lib/server/manifest/manifest.ts';
import { listOwnMemberships } from '#lib/server/memberships/memberships.usecases.ts';
import { getOrganisation } from '#lib/server/organisations/organisations.usecases.ts';
import { ownOrganisationIds, type Actor } from '#lib/server/policy/actor.ts';
import { listSpaces } from '#lib/server/spaces/spaces.usecases.ts';

/** The organisations whose profile this person keeps as a member editor. */
async function ownOrganisations(actor: Actor): Promise<{ id: string; name: string }[]> {
	if (actor.kind !== 'session') return [];
	const ids = ownOrganisationIds(actor);
	const { db } = await getApp();
	const found = await Promise.all(ids.map((id) => getOrganisation({ db, id }).catch(() => undefined)));
	return found.flatMap((result) => (result && 'organisation' in result ? [{ id: result.organisation.id, name: result.organisation.name }] : []));
}

/**
 * The spaces this person works in (all of them for a platform admin) with the pages they may open
 * there, and the registry's and their account's pages: each module's links, from its manifest.
 */
export const load: PageServerLoad = async ({ locals }) => {
	const { actor } = locals;
	const { spacesRepository } = await getApp();
	const spaces = (await listSpaces({ spacesRepository })).filter(
		(space) => actor.kind === 'session' && (actor.isPlatformAdmin || actor.memberships.has(space.id))
	);
	return {
		spaces: spaces.map((space) => ({
			slug: space.slug,
			name: space.name,
			role: actor.kind === 'session' ? (actor.memberships.get(space.id)?.role ?? null) : null,
			links: backOfficeLinksOf(modules, 'space', actor, { spaceId: space.id }).map((link) => ({ ...link, href: link.href.replace('[slug]', space.slug) }))
		})),
		registryLinks: backOfficeLinksOf(modules, 'registry', actor),
		accountLinks: backOfficeLinksOf(modules, 'account', actor),
		ownOrganisations: await ownOrganisations(actor),
		ownMemberships: await listOwnMemberships({ db: (await getApp()).db, actor, organisationIds: ownOrganisationIds(actor) })
	};
};
