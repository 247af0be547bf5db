import { cliActor } from '../../policy/actor.ts';
import type { CliCommand } from '../../manifest/manifest.ts';
import { moveProfileProjects } from './projects-from-profiles.usecases.ts';

/** `projects:from-profiles`: moves every space profile's project into projects; a second run changes nothing. */
export const projectsFromProfilesCommand: CliCommand = {
	summary: "Move each space profile's project (supportProject) into the space's projects; safe to run again",
	run: async ({ database }) => {
		const { moved, skipped } = await moveProfileProjects({ db: database.db, context: { actor: cliActor, source: 'cli' } });
		for (const line of moved) console.log(`moved ${line}`);
		for (const line of skipped) console.log(`already moved ${line}`);
	}
};
