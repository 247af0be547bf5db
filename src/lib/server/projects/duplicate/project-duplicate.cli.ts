import type { CliCommand } from '../../manifest/manifest.ts';
import { UsageError } from '../../manifest/usage-error.ts';
import { cliActor } from '../../policy/actor.ts';
import { duplicateProject } from './project-duplicate.usecases.ts';

/** `projects:duplicate PROJECT_ID [NEW_SLUG]`: copies a project in its space, as the back office's button does. */
export const projectDuplicateCommand: CliCommand = {
	summary: 'Copy a project in its space (details, objectives, strands, links, organisations, money, indicators without actuals)',
	usage: 'PROJECT_ID [NEW_SLUG]',
	positionals: true,
	run: async ({ database, positionals }) => {
		const [projectId, slug] = positionals;
		if (!projectId || positionals.length > 2) throw new UsageError('Give the id of the project to copy, and optionally the address of the copy');
		const { project, copied } = await duplicateProject({
			db: database.db,
			context: { actor: cliActor, source: 'cli' },
			projectId,
			input: slug ? { slug } : {}
		});
		console.log(
			`copied to ${project.slug} (${project.id}): ${Object.entries(copied)
				.map(([part, rows]) => `${part} ${rows}`)
				.join(', ')}`
		);
	}
};
