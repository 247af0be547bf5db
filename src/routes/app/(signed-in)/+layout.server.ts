import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { localHref } from '#lib/links.ts';
import { ownOrganisationIds } from '#lib/server/policy/actor.ts';
import { peoplePolicy } from '#lib/server/people/people.policy.ts';
import { can } from '#lib/server/policy/policy.ts';

// Guards the pages; every form action is guarded again by its use case's policy, because
// SvelteKit runs actions before loads.
export const load: LayoutServerLoad = ({ locals, url }) => {
	if (locals.actor.kind !== 'session') {
		redirect(303, `${localHref('/app/sign-in')}?next=${encodeURIComponent(url.pathname + url.search)}`);
	}
	// what the back-office navigation links to
	return { canReadPeople: can(peoplePolicy, locals.actor, 'read', { organisationIds: ownOrganisationIds(locals.actor) }) };
};
