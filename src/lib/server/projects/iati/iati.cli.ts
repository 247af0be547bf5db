import { writeFile } from 'node:fs/promises';
import type { CommandInput } from '../../manifest/manifest.ts';
import { UsageError } from '../../manifest/usage-error.ts';
import { cliActor } from '../../policy/actor.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';
import { iatiSchemaDir, validateIatiActivities } from './iati-schema.ts';
import { exportIatiXml } from './iati.usecases.ts';

/** `iati:export SPACE [PROJECT_ID] FILE.xml`: the same document as the API, checked against the schema when IATI_SCHEMA_DIR names it. */
export async function iatiExportCommand({ database, positionals }: CommandInput): Promise<number> {
	if (positionals.length < 2 || positionals.length > 3 || !positionals.at(-1)!.endsWith('.xml'))
		throw new UsageError('Give the space, optionally a project id, and FILE.xml');
	const [slug, projectId] = positionals.length === 3 ? positionals : [positionals[0], undefined];
	const path = positionals.at(-1)!;
	const xml = await exportIatiXml({ db: database.db, actor: cliActor, space: await findSpaceRef(database.db, slug!), projectId });
	await writeFile(path, xml);
	if (!iatiSchemaDir()) {
		console.log(`Wrote ${path} (not validated: IATI_SCHEMA_DIR is not set).`);
		return 0;
	}
	const verdict = await validateIatiActivities(xml);
	console.log(verdict.valid ? `Wrote ${path}, valid against the IATI 2.03 schema.` : `Wrote ${path}, NOT valid:\n${verdict.errors.join('\n')}`);
	return verdict.valid ? 0 : 1;
}
