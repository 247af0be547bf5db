import type { Database } from '../db/client.ts';
import { demoSpaces } from '../spaces/demo/index.ts';
import { createSpacesRepository } from '../spaces/spaces.repository.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import type { AuditSource } from '../audit/audit.table.ts';
import { systemActor, type Actor } from '../policy/actor.ts';

export type DemoLoadResult = { created: string[]; skipped: string[] };

/**
 * Loads the demo content of the seeds. Spaces that already exist (by slug) are left as they are,
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
		const result: DemoLoadResult = { created: [], skipped: [] };
		for (const input of demoSpaces) {
			if (await spacesRepository.findBySlug(input.slug)) {
				result.skipped.push(input.slug);
				continue;
			}
			await createSpace({ db: tx, context: { actor, source }, input });
			result.created.push(input.slug);
		}
		return result;
	});
}

/** On first start only: a database that holds any space is not empty and gets nothing. */
export async function loadDemoContentIfEmpty({ db }: { db: Database }): Promise<DemoLoadResult | undefined> {
	if ((await createSpacesRepository({ db }).count()) > 0) return undefined;
	return loadDemoContent({ db });
}
