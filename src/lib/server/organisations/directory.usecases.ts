import type { Database } from '../db/client.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { directoryCountCacheFor, type DirectoryCountCache } from './directory.count-cache.ts';
import type { DirectoryFilter } from './directory.filters.ts';
import { createDirectoryRepository, type DirectoryCounts, type DirectoryRepository } from './directory.repository.ts';
import { organisationsPolicy } from './organisations.policy.ts';
import { presentOrganisation } from './organisations.presenter.ts';
import { createOrganisationsRepository } from './organisations.repository.ts';
import { directoryQuerySchema, type DirectoryQuery, type DirectoryResult } from './organisations.schemas.ts';

/**
 * The public directory: one page of the organisations a search and filters find, how many there
 * are, and the facets to narrow them further. The query is validated here (the API passes what
 * it received; a bad parameter is a 400 that names it).
 */
export async function searchDirectory({
	db,
	actor,
	query,
	countCache = directoryCountCacheFor(db)
}: {
	db: Database;
	actor: Actor;
	query: DirectoryQuery | Record<string, unknown>;
	/** Counts already made at the registry's current version; by default the pool's own. */
	countCache?: DirectoryCountCache;
}): Promise<DirectoryResult> {
	authorize(organisationsPolicy, actor, 'read');
	const { page, pageSize, ...filter } = directoryQuerySchema.parse(query);
	const directory = createDirectoryRepository({ db });
	const [rows, { total, facets }] = await Promise.all([
		directory.page(filter, { limit: pageSize, offset: (page - 1) * pageSize }),
		countsOf({ directory, countCache, filter })
	]);
	const withLogo = await createOrganisationsRepository({ db }).withLogo(rows.map((row) => row.id));
	return {
		items: rows.map((row) => presentOrganisation(row, withLogo.has(row.id))),
		total,
		page,
		pageSize,
		facets
	};
}

/**
 * The counts for a filter: from the cache when they were made at the version the registry has
 * now (one small query), else counted, and kept under the version the counting itself saw.
 */
async function countsOf({ directory, countCache, filter }: { directory: DirectoryRepository; countCache: DirectoryCountCache; filter: DirectoryFilter }): Promise<DirectoryCounts> {
	const cached = countCache.get(await directory.version(), filter);
	if (cached) return cached;
	const counted = await directory.counts(filter);
	countCache.set(counted.version, filter, counted);
	return counted;
}
