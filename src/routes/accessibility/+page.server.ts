import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { getSiteInfo } from '#lib/server/settings/site-info.usecases.ts';

export const load: PageServerLoad = async () => {
	const { db } = await getApp();
	const site = await getSiteInfo({ db });
	return { text: site.accessibility, contactEmail: site.contactEmail };
};
