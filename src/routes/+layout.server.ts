import type { LayoutServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { getSiteInfo } from '#lib/server/settings/site-info.usecases.ts';

/** The signed-in person, for the header (nothing about anybody else); the platform's contact, for the footer. */
export const load: LayoutServerLoad = async ({ locals }) => {
	const { actor } = locals;
	const { operator, contactEmail, contactAddress } = await getSiteInfo({ db: (await getApp()).db });
	return {
		me: actor.kind === 'session' ? { name: actor.name, isPlatformAdmin: actor.isPlatformAdmin } : null,
		site: { operator, contactEmail, contactAddress: contactAddress ?? null }
	};
};
