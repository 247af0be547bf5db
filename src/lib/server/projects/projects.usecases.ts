import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { changingInSpace, type SpaceRef } from '../spaces/space-scope.ts';
import { projectsPolicy } from './projects.policy.ts';
import { createProjectsRepository } from './projects.repository.ts';
import { projectInputSchema, projectStatusOn, type Project } from './projects.schemas.ts';
import type { ProjectRow } from './projects.table.ts';

/** Today as a calendar date in Slovenia, where a project's period is counted. */
export const todayInLjubljana = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Ljubljana' }).format(new Date());

export const present = (row: ProjectRow, today: string): Project => ({
	id: row.id,
	slug: row.slug,
	title: row.title,
	acronym: row.acronym,
	startsOn: row.startsOn,
	endsOn: row.endsOn,
	status: projectStatusOn(row, today)
});

/**
 * A space's projects, newest first, each with its status today; anyone may read them. `action:
 * 'manage'` is for the back office's list, refused to those who may only read it.
 */
export async function listProjects({
	db,
	actor,
	space,
	action = 'read',
	today = todayInLjubljana()
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	action?: 'read' | 'manage';
	today?: string;
}): Promise<Project[]> {
	authorize(projectsPolicy, actor, action, { spaceId: space.id });
	return (await createProjectsRepository({ db, spaceId: space.id }).list()).map((row) => present(row, today));
}

/** Adds a project to a space (its admins and staff), audited. */
export async function createProject({
	db,
	context,
	space,
	input
}: {
	db: Database;
	context: AuditContext;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	/** Validated here: a form, the API and the CLI pass what they received. */
	input: unknown;
}): Promise<Project> {
	return changingInSpace({ db, context, space }, projectsPolicy, 'manage', async (tx) => {
		const { title, acronym, slug, startsOn, endsOn } = projectInputSchema.parse(input);
		// an empty English title or acronym is no title or acronym, not an empty one
		const values = { slug, startsOn: startsOn ?? null, endsOn: endsOn ?? null, acronym: acronym || null, title: title.en ? title : { sl: title.sl } };
		const project = present(await createProjectsRepository({ db: tx, spaceId: space.id }).insert(values), todayInLjubljana());
		await recordAudit({
			db: tx,
			context,
			change: { action: 'project.create', entityType: 'project', entityId: project.id, spaceId: space.id, after: project }
		});
		return project;
	});
}
