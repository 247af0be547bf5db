import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import type { SpaceRef } from '../../spaces/space-scope.ts';
import { getProject } from '../details/project-details.usecases.ts';
import type { ProjectMoney } from '../money/money.schemas.ts';
import { getProjectMoney } from '../money/money.usecases.ts';
import type { ProjectOrganisation } from '../partners/project-organisations.schemas.ts';
import { listProjectOrganisations } from '../partners/project-organisations.usecases.ts';
import type { Project } from '../projects.schemas.ts';

/**
 * The project a space page introduces the space by: the one running today (the latest started, if
 * several are), else the one that ended or starts last. A project whose period is not known at
 * all comes last: nothing says it is current.
 */
export function currentProjectOf(projects: readonly Project[]): Project | undefined {
	const latestFirst = (a: Project, b: Project) => (b.endsOn ?? b.startsOn ?? '').localeCompare(a.endsOn ?? a.startsOn ?? '');
	const running = projects.filter((project) => project.status === 'running').sort((a, b) => (b.startsOn ?? '').localeCompare(a.startsOn ?? ''));
	return running[0] ?? [...projects].sort(latestFirst)[0];
}

export type CurrentProject = {
	project: Project;
	/** Its operator, lead, hosts and financers from the registry, in their roles. */
	organisations: ProjectOrganisation[];
	money: ProjectMoney;
	/** Names the space profile gave that are not in the registry (operator, funder), shown as written. */
	fromProfile: { operator?: { sl: string; en?: string }; funder?: { sl: string; en?: string } };
};

/** What the space page shows of its current project, read in three queries besides the list. */
export async function getCurrentProject({
	db,
	actor,
	space,
	projects
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	projects: readonly Project[];
}): Promise<CurrentProject | undefined> {
	const project = currentProjectOf(projects);
	if (!project) return undefined;
	const [organisations, money, details] = await Promise.all([
		listProjectOrganisations({ db, actor, space, projectId: project.id }),
		getProjectMoney({ db, actor, space, projectId: project.id }),
		getProject({ db, actor, which: { id: project.id } })
	]);
	const { operator, funder } = (details.fromProfile ?? {}) as CurrentProject['fromProfile'];
	return { project, organisations, money, fromProfile: { ...(operator ? { operator } : {}), ...(funder ? { funder } : {}) } };
}
