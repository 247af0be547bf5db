import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import type { SpaceRef } from '../../spaces/space-scope.ts';
import type { ProjectContribution } from '../contributions/project-contributions.schemas.ts';
import { listProjectContributions } from '../contributions/project-contributions.usecases.ts';
import type { ProjectDetails } from '../details/project-details.schemas.ts';
import { getProject } from '../details/project-details.usecases.ts';
import type { Indicator } from '../indicators/indicators.schemas.ts';
import { listIndicators } from '../indicators/indicators.usecases.ts';
import type { ProjectMoney } from '../money/money.schemas.ts';
import { getProjectMoney } from '../money/money.usecases.ts';
import type { ProjectOrganisation } from '../partners/project-organisations.schemas.ts';
import { listProjectOrganisations } from '../partners/project-organisations.usecases.ts';
import { todayInLjubljana } from '../projects.usecases.ts';

/**
 * Everything a project's results page, its printed report and its DOCX/PDF report show, in the
 * order of seed 001: the project with its objectives and results, the organisations taking part by
 * role, the money and its call, the contributions to strategies, and the indicators with progress.
 */
export type ProjectReport = {
	project: ProjectDetails;
	organisations: ProjectOrganisation[];
	money: ProjectMoney;
	contributions: ProjectContribution[];
	indicators: Indicator[];
};

/**
 * A project's report by its space and address; anyone may read it (each part checks its own
 * policy). The number of queries does not grow with the number of objectives, partners, funding
 * lines or contributions; indicators computed by a rule ask once per reporting period.
 */
export async function getProjectReport({
	db,
	actor,
	space,
	slug,
	today = todayInLjubljana()
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	slug: string;
	today?: string;
}): Promise<ProjectReport> {
	const project = await getProject({ db, actor, which: { space, slug }, today });
	const projectId = project.id;
	const [organisations, money, contributions, indicators] = await Promise.all([
		listProjectOrganisations({ db, actor, space, projectId }),
		getProjectMoney({ db, actor, space, projectId }),
		listProjectContributions({ db, space, projectIds: [projectId] }),
		listIndicators({ db, actor, projectId })
	]);
	return { project, organisations, money, contributions: contributions.get(projectId) ?? [], indicators };
}
