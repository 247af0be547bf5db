import type { LayoutServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { defaultSiteInfo } from '#lib/server/settings/site-info.defaults.ts';
import { getSiteInfo } from '#lib/server/settings/site-info.usecases.ts';

/** The signed-in person, for the header (nothing about anybody else); the platform's contact, for the footer. */
export const load: LayoutServerLoad = async ({ locals }) => {
	const { actor } = locals;
	// the footer never stops a page: an error page while the database is away shows the defaults
	const { operator, contactEmail, contactAddress } = await getApp()
		.then(({ db }) => getSiteInfo({ db }))
		.catch(() => defaultSiteInfo);
	return {
		me: actor.kind === 'session' ? { name: actor.name, isPlatformAdmin: actor.isPlatformAdmin } : null,
		site: { operator, contactEmail: contactEmail ?? null, contactAddress: contactAddress ?? null }
	};
};
