import type { Database } from '../db/client.ts';
import { loadDemoOrganisations } from '../organisations/demo/demo-organisations.usecases.ts';
import { demoSpaces } from '../spaces/demo/index.ts';
import { createSpacesRepository } from '../spaces/spaces.repository.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import type { AuditSource } from '../audit/audit.table.ts';
import { systemActor, type Actor } from '../policy/actor.ts';

/** Slugs of spaces created and skipped; names of the organisations created. */
export type DemoLoadResult = { created: string[]; skipped: string[]; organisations: string[] };

/**
 * Loads the demo content of the seeds: spaces, the organisations they name, and their hosts as
 * members. Spaces that already exist (by slug) and organisations (by name) are left as they are,
 * so loading twice changes nothing and never overwrites what people edited.
 */
export async function loadDemoContent({
	db,
	actor = systemActor,
	source = 'system'
}: {
	db: Database;
	actor?: Actor;
	source?: AuditSource;
}): Promise<DemoLoadResult> {
	return db.transaction(async (tx) => {
		const spacesRepository = createSpacesRepository({ db: tx });
		const result: DemoLoadResult = { created: [], skipped: [], organisations: [] };
		const createdSpaces = new Map<string, string>();
		for (const input of demoSpaces) {
			if (await spacesRepository.findBySlug(input.slug)) {
				result.skipped.push(input.slug);
				continue;
			}
			createdSpaces.set(input.slug, (await createSpace({ db: tx, context: { actor, source }, input })).id);
			result.created.push(input.slug);
		}
		result.organisations = (await loadDemoOrganisations({ db: tx, context: { actor, source }, createdSpaces })).created;
		return result;
	});
}

/** On first start only: a database that holds any space is not empty and gets nothing. */
export async function loadDemoContentIfEmpty({ db }: { db: Database }): Promise<DemoLoadResult | undefined> {
	if ((await createSpacesRepository({ db }).count()) > 0) return undefined;
	return loadDemoContent({ db });
}
