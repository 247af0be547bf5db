import type { AuditSource } from '../audit/audit.table.ts';
import type { Database } from '../db/client.ts';
import type { DemoLoaded, ModuleManifest } from '../manifest/manifest.ts';
import { modules } from '../modules.ts';
import { systemActor, type Actor } from '../policy/actor.ts';
import { createSpacesRepository } from '../spaces/spaces.repository.ts';

/** What each module's demo content created and left as it was, by module name. */
export type DemoLoadResult = Record<string, DemoLoaded>;

/**
 * Loads the demo content of the seeds, module by module in the order of `modules.ts` (spaces,
 * then the organisations they name and their hosts as members, …). What exists already (a space
 * by slug, an organisation by name) is left as it is, so loading twice changes nothing and never
 * overwrites what people edited.
 */
export async function loadDemoContent({
	db,
	actor = systemActor,
	source = 'system',
	manifests = modules
}: {
	db: Database;
	actor?: Actor;
	source?: AuditSource;
	manifests?: readonly ModuleManifest[];
}): Promise<DemoLoadResult> {
	return db.transaction(async (tx) => {
		const load = { db: tx, context: { actor, source }, createdSpaces: new Map<string, string>() };
		const result: DemoLoadResult = {};
		for (const manifest of manifests) {
			if (manifest.demoContent) result[manifest.name] = await manifest.demoContent(load);
		}
		return result;
	});
}

/** On first start only: a database that holds any space is not empty and gets nothing. */
export async function loadDemoContentIfEmpty({ db }: { db: Database }): Promise<DemoLoadResult | undefined> {
	if ((await createSpacesRepository({ db }).count()) > 0) return undefined;
	return loadDemoContent({ db });
}

/** One line per module of what a load did, for the console. */
export function describeDemoLoad(result: DemoLoadResult): string {
	return Object.entries(result)
		.map(([module, { created, skipped }]) => `${module}: ${created.length} added${skipped.length ? `, ${skipped.length} already there` : ''}`)
		.join('; ');
}
