import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { directoryCountCacheFor, type DirectoryCountCache } from './directory.count-cache.ts';
import { facetIndexAt, indexCanSearch } from './directory.facet-index.ts';
import type { DirectoryFilter } from './directory.filters.ts';
import { createDirectoryRepository, type DirectoryCounts, type DirectoryRepository } from './directory.repository.ts';
import { organisationsPolicy } from '../organisations.policy.ts';
import { presentOrganisation } from '../organisations.presenter.ts';
import { createOrganisationsRepository } from '../organisations.repository.ts';
import { directoryQuerySchema, type DirectoryQuery, type DirectoryResult } from '../organisations.schemas.ts';

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
		countsOf({ db, directory, countCache, filter })
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
 * The counts for a filter, at the registry version the database holds now (one small query):
 * from the cache when this filter was counted at that version; else from the process's index of
 * the registry at that version (loaded after a write); else — a search the index cannot match, or
 * a write while it loaded — in SQL. Each result is kept under the version it was counted at.
 */
async function countsOf({
	db,
	directory,
	countCache,
	filter
}: {
	db: Database;
	directory: DirectoryRepository;
	countCache: DirectoryCountCache;
	filter: DirectoryFilter;
}): Promise<DirectoryCounts> {
	const version = await directory.version();
	const cached = countCache.get(version, filter);
	if (cached) return cached;
	const index = indexCanSearch(filter) ? await facetIndexAt(db, version) : undefined;
	const counted = index ? index.count(filter) : await directory.counts(filter);
	countCache.set(counted.version, filter, counted);
	return counted;
}
