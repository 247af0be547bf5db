import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { directoryNames } from '#lib/server/organisations/directory.names.ts';
import { lenientDirectoryQuery } from '#lib/server/organisations/directory.params.ts';
import { searchDirectory } from '#lib/server/organisations/directory.usecases.ts';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { db, spacesRepository } = await getApp();
	const query = lenientDirectoryQuery(url.searchParams);
	const [result, names] = await Promise.all([
		searchDirectory({ db, actor: locals.actor, query }).catch(rethrowForPage),
		directoryNames({ db, spacesRepository })
	]);
	const { page: _page, pageSize: _pageSize, ...filters } = query;
	return { filters, result, names };
};
