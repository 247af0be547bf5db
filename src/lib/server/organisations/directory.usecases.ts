import type { Database } from '../db/client.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { createDirectoryRepository } from './directory.repository.ts';
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
	query
}: {
	db: Database;
	actor: Actor;
	query: DirectoryQuery | Record<string, unknown>;
}): Promise<DirectoryResult> {
	authorize(organisationsPolicy, actor, 'read');
	const { page, pageSize, ...filter } = directoryQuerySchema.parse(query);
	const directory = createDirectoryRepository({ db });
	const [rows, { total, facets }] = await Promise.all([
		directory.page(filter, { limit: pageSize, offset: (page - 1) * pageSize }),
		directory.counts(filter)
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
