import type { PageServerLoad } from './$types';
import { readSort } from '#lib/components/ui/sort.ts';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { pickOrganisation, type PickedOrganisation } from '#lib/server/people/organisation-picker.ts';
import { ownOrganisationIds } from '#lib/server/policy/actor.ts';
import { peoplePolicy } from '#lib/server/people/people.policy.ts';
import { listPeople } from '#lib/server/people/people.usecases.ts';
import { can } from '#lib/server/policy/policy.ts';
import { isAppError } from '#lib/server/shared/errors.ts';

/**
 * People by name, searched and filtered by an organisation typed as its registration number or
 * exact name. A filter that matches no organisation is shown beside its field, with no list.
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const { db } = await getApp();
	const query = { q: (url.searchParams.get('q') ?? '').slice(0, 200), org: url.searchParams.get('org') ?? '', page: url.searchParams.get('page') ?? '1' };
	// a long list, sorted by the server page by page
	const sort = readSort(url.searchParams, ['name'], { key: 'name', dir: 'asc' });
	const canCreate = can(peoplePolicy, locals.actor, 'create', { organisationIds: ownOrganisationIds(locals.actor) });
	let organisation: PickedOrganisation | undefined;
	if (query.org.trim()) {
		try {
			organisation = await pickOrganisation({ db, typed: query.org });
		} catch (error) {
			if (!isAppError(error)) throw error;
			// still refuse those who may not see people at all, before saying anything about organisations
			await listPeople({ db, actor: locals.actor, query: { pageSize: 1 } }).catch(rethrowForPage);
			return { query, sort, canCreate, problem: { field: 'org', code: error.code }, result: null };
		}
	}
	const page = Number.parseInt(query.page, 10);
	const result = await listPeople({
		db,
		actor: locals.actor,
		query: { q: query.q || undefined, organisation: organisation?.id, page: page > 0 && page <= 10_000 ? page : 1 },
		order: sort.dir
	}).catch(rethrowForPage);
	return { query, sort, canCreate, problem: null, result, organisation: organisation ?? null };
};
