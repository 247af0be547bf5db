import { ownOrganisationIds, type Actor } from '../policy/actor.ts';
import { authorize, can } from '../policy/policy.ts';
import { peoplePolicy } from './people.policy.ts';

/**
 * Whose people `actor` may read or add: everyone's (those who keep the registry), or only their
 * own organisations' (member editors). Throws 401/403 when neither.
 */
export function reachableOrganisations(actor: Actor, action: 'read' | 'create'): 'all' | string[] {
	if (can(peoplePolicy, actor, action)) return 'all';
	const own = ownOrganisationIds(actor);
	authorize(peoplePolicy, actor, action, { organisationIds: own });
	return own;
}

/**
 * A member editor may link people to their own organisation only, so each organisation named is
 * checked on its own (the policy lets a resource pass when any of its organisations is theirs).
 */
export function authorizeEach(actor: Actor, action: 'create' | 'update', organisationIds: string[]) {
	if (organisationIds.length === 0) authorize(peoplePolicy, actor, action, { organisationIds: [] });
	for (const organisationId of organisationIds) authorize(peoplePolicy, actor, action, { organisationIds: [organisationId] });
}
