import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { directoryNames } from '#lib/server/organisations/directory/directory.names.ts';
import { jsonLdText, organisationJsonLd } from '#lib/server/organisations/organisation-json-ld.ts';
import { organisationsPolicy } from '#lib/server/organisations/organisations.policy.ts';
import { getPublicProfile } from '#lib/server/organisations/public-profile.ts';
import { can } from '#lib/server/policy/policy.ts';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db, spacesRepository } = await getApp();
	const profile = await getPublicProfile({ db, id: params.id }).catch(rethrowForPage);
	// a merged organisation lives on under the id it was merged into
	if ('movedTo' in profile) redirect(301, localHref(`/organisations/${profile.movedTo}`));
	const { organisation, memberships, logoVersion } = profile;
	return {
		organisation,
		memberships,
		logoVersion,
		names: await directoryNames({ db, spacesRepository }),
		canEdit: can(organisationsPolicy, locals.actor, 'update', { organisationIds: [organisation.id] }),
		jsonLd: jsonLdText(organisationJsonLd({ organisation, memberships, origin: url.origin, locale: getLocale() }))
	};
};
