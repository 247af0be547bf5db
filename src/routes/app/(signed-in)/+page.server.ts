import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { auditPolicy } from '#lib/server/audit/audit.policy.ts';
import { organisationsPolicy } from '#lib/server/organisations/organisations.policy.ts';
import { can } from '#lib/server/policy/policy.ts';
import { spacesPolicy } from '#lib/server/spaces/spaces.policy.ts';
import { listSpaces } from '#lib/server/spaces/spaces.usecases.ts';
import { teamPolicy } from '#lib/server/team/team.policy.ts';
import { fieldsPolicy } from '#lib/server/fields/fields.policy.ts';
import { membershipsPolicy } from '#lib/server/memberships/memberships.policy.ts';
import { getOrganisation } from '#lib/server/organisations/organisations.usecases.ts';
import { ownOrganisationIds, type Actor } from '#lib/server/policy/actor.ts';

/** The organisations whose profile this person keeps as a member editor. */
async function ownOrganisations(actor: Actor): Promise<{ id: string; name: string }[]> {
	if (actor.kind !== 'session') return [];
	const ids = ownOrganisationIds(actor);
	const { db } = await getApp();
	const found = await Promise.all(ids.map((id) => getOrganisation({ db, id }).catch(() => undefined)));
	return found.flatMap((result) => (result && 'organisation' in result ? [{ id: result.organisation.id, name: result.organisation.name }] : []));
}

/** The spaces this person works in (all of them for a platform admin) and what they may do there. */
export const load: PageServerLoad = async ({ locals }) => {
	const { actor } = locals;
	const { spacesRepository } = await getApp();
	const spaces = (await listSpaces({ spacesRepository })).filter(
		(space) => actor.kind === 'session' && (actor.isPlatformAdmin || actor.memberships.has(space.id))
	);
	return {
		spaces: spaces.map((space) => {
			const resource = { spaceId: space.id };
			return {
				slug: space.slug,
				name: space.name,
				role: actor.kind === 'session' ? (actor.memberships.get(space.id)?.role ?? null) : null,
				canEdit: can(spacesPolicy, actor, 'update', resource),
				canReadAudit: can(auditPolicy, actor, 'readSpace', resource),
				canManageTeam: can(teamPolicy, actor, 'manage', resource),
				canManageMembers: can(membershipsPolicy, actor, 'manage', resource)
			};
		}),
		canReadPlatformAudit: can(auditPolicy, actor, 'readPlatform'),
		canCreateOrganisations: can(organisationsPolicy, actor, 'create'),
		canManageFields: can(fieldsPolicy, actor, 'manage'),
		ownOrganisations: await ownOrganisations(actor),
		canMergeOrganisations: can(organisationsPolicy, actor, 'merge'),
		canImportOrganisations: can(organisationsPolicy, actor, 'import')
	};
};
