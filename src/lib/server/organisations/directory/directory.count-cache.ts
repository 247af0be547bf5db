import type { Database } from '../../db/client.ts';
import { searchWords, type DirectoryFilter } from './directory.filters.ts';
import type { DirectoryCounts } from './directory.repository.ts';

/**
 * The directory's counts (total and facets) of one app process, for the registry version they
 * were counted at. Only counts of the version the database holds now are served, so a count is
 * never older than the last committed write, whichever process made it; entries of an older
 * version are dropped as soon as a newer one is seen. At most `maxEntries` filters are kept
 * (least recently used first out).
 */
export type DirectoryCountCache = ReturnType<typeof createDirectoryCountCache>;

export function createDirectoryCountCache({ maxEntries = 500 }: { maxEntries?: number } = {}) {
	let version: bigint | undefined;
	// a Map iterates in insertion order: re-inserting on each hit keeps the oldest first
	const entries = new Map<string, DirectoryCounts>();
	const stats = { hits: 0, misses: 0 };
	return {
		get(at: bigint, filter: DirectoryFilter): DirectoryCounts | undefined {
			const key = countKey(filter);
			const found = at === version ? entries.get(key) : undefined;
			if (!found) {
				stats.misses++;
				return undefined;
			}
			stats.hits++;
			entries.delete(key);
			entries.set(key, found);
			return found;
		},
		set(at: bigint, filter: DirectoryFilter, counts: DirectoryCounts) {
			// another version: the one in the database now (or, for a request that began before a
			// write, the one just before it; the next request's puts the newer one back)
			if (at !== version) {
				entries.clear();
				version = at;
			}
			const key = countKey(filter);
			entries.delete(key);
			entries.set(key, counts);
			if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
		},
		stats: () => ({ ...stats, entries: entries.size, version })
	};
}

/**
 * The filter as the counts see it: the search as its folded words (`Društvo` and `drustvo` count
 * the same), and the facet filters; the page is not part of it.
 */
export function countKey(filter: DirectoryFilter): string {
	const words = searchWords(filter.q).join(' ');
	const { region, municipality, legalForm, field, publicInterest, space } = filter;
	return JSON.stringify([words, region, municipality, legalForm, field, publicInterest, space]);
}

const caches = new WeakMap<Database, DirectoryCountCache>();

/** One cache per connection pool: each app process (and each database it opens) has its own. */
export function directoryCountCacheFor(db: Database): DirectoryCountCache {
	let cache = caches.get(db);
	if (!cache) caches.set(db, (cache = createDirectoryCountCache()));
	return cache;
}
