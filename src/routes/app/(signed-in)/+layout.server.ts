import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { modules } from '#lib/server/modules.ts';
import { backOfficeLinksOf } from '#lib/server/manifest/manifest.ts';

// Guards the pages; every form action is guarded again by its use case's policy, because
// SvelteKit runs actions before loads.
export const load: LayoutServerLoad = ({ locals, url }) => {
	if (locals.actor.kind !== 'session') {
		redirect(303, `${localHref('/app/sign-in')}?next=${encodeURIComponent(url.pathname + url.search)}`);
	}
	// what the back-office navigation links to: each module's, from its manifest
	return { navigation: backOfficeLinksOf(modules, 'navigation', locals.actor) };
};
