import type { Database } from '../../db/client.ts';
import { cliActor, systemActor } from '../../policy/actor.ts';
import type { CliCommand } from '../../manifest/manifest.ts';
import { moveProfileProjects } from './projects-from-profiles.usecases.ts';

/** What a move did, one line each, for the console of the app or the CLI. */
const report = ({ moved, skipped }: Awaited<ReturnType<typeof moveProfileProjects>>) => [
	...moved.map((line) => `moved ${line}`),
	...skipped.map((line) => `could not read the profile project of ${line}; it stays whole in fromProfile`)
];

/** After every migration (app and CLI): the profile projects migration 0023 set aside are spread over the projects' tables. */
export async function moveProfileProjectsAfterMigrations(db: Database): Promise<void> {
	for (const line of report(await moveProfileProjects({ db, context: { actor: systemActor, source: 'system' } }))) console.log(`Profile projects: ${line}`);
}

/** `projects:from-profiles`: the same move by hand (the migration step runs it first); a second run changes nothing. */
export const projectsFromProfilesCommand: CliCommand = {
	summary: "Spread the projects space profiles held (kept in fromProfile by migration 0023) over the projects' tables; safe to run again",
	run: async ({ database }) => {
		const lines = report(await moveProfileProjects({ db: database.db, context: { actor: cliActor, source: 'cli' } }));
		console.log(lines.length > 0 ? lines.join('\n') : 'nothing left to move');
	}
};
