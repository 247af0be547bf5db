import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { directoryNames } from '#lib/server/organisations/directory/directory.names.ts';
import { lenientDirectoryQuery } from '#lib/server/organisations/directory/directory.params.ts';
import { searchDirectory } from '#lib/server/organisations/directory/directory.usecases.ts';
import { anonymous } from '#lib/server/policy/actor.ts';

export const load: PageServerLoad = async ({ url }) => {
	const { db, spacesRepository } = await getApp();
	const query = lenientDirectoryQuery(url.searchParams);
	const [result, names] = await Promise.all([
		// the page is public and the same for everyone (an API token's scopes are for the API)
		searchDirectory({ db, actor: anonymous, query }).catch(rethrowForPage),
		directoryNames({ db, spacesRepository })
	]);
	const { page: _page, pageSize: _pageSize, ...filters } = query;
	return { filters, result, names };
};
