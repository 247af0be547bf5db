import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import type { SpaceRef } from '../../spaces/space-scope.ts';
import { isUuid } from '../../shared/uuid.ts';
import { iatiParticipatingOrgRole } from '../../../projects/project-organisation-roles.ts';
import { projectNotFound } from '../partners/project-organisations.errors.ts';
import { iatiNoDatedProject, projectPeriodUnknown } from './iati.errors.ts';
import { projectsPolicy } from '../projects.policy.ts';
import { projectStatusOn, type ProjectStatus } from '../projects.schemas.ts';
import type { ProjectRow } from '../projects.table.ts';
import { buildIatiActivities, type IatiActivityInput, type IatiOrganisation, type IatiReport } from './iati-activity.ts';
import { iatiActivityParts } from './iati-parts.ts';
import { createIatiRepository, type IatiProjectOrganisation } from './iati.repository.ts';

/** Slovenian organisations are identified by their registration number in the business register (org-id.guide: SI-PRS). */
export const slovenianOrgId = (registrationNumber: string) => `SI-PRS-${registrationNumber}`;

const orgRef = (org: { registrationNumber: string | null }) => (org.registrationNumber ? slovenianOrgId(org.registrationNumber) : null);

/** IATI activity status: planned → 1 Pipeline, running (or a start not yet known) → 2 Implementation, ended → 4 Closed. */
const activityStatus: Record<ProjectStatus, IatiActivityInput['status']> = { planned: '1', running: '2', ended: '4' };

const todayInLjubljana = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Ljubljana' }).format(new Date());

/**
 * The space reports as itself, identified by the organisation that carries it: the lead (or else a
 * host) of its newest project that has a registration number. A space none of whose organisations
 * is registered gets a ref in the private `XI-` space so the document stays valid; the lead should
 * fix the registration number in the registry.
 */
function reportingOrgOf(space: SpaceRef, rows: ProjectRow[], organisations: IatiProjectOrganisation[]): IatiOrganisation {
	const carrier = ['lead', 'host']
		.flatMap((role) => rows.flatMap((row) => organisations.filter((org) => org.projectId === row.id && org.role === role && org.registrationNumber)))
		.at(0);
	return { ref: carrier ? orgRef(carrier) : `XI-STICISCE-${space.slug}`, name: space.name.sl || space.name.en || space.slug };
}

function activityOf(row: ProjectRow, reportingRef: string, organisations: IatiProjectOrganisation[], today: string): IatiActivityInput {
	const status = projectStatusOn(row, today);
	return {
		identifier: `${reportingRef}-${row.id}`,
		title: row.title,
		// the schema requires a description: the title stands in until the details part adds the project's goal
		description: row.title,
		status: status ? activityStatus[status] : '2',
		plannedStart: row.startsOn,
		plannedEnd: row.endsOn,
		actualStart: row.startsOn && row.startsOn <= today ? row.startsOn : null,
		actualEnd: row.endsOn && row.endsOn < today ? row.endsOn : null,
		participatingOrgs: organisations
			.filter((org) => org.projectId === row.id)
			.map((org) => ({ ref: orgRef(org), name: org.name, role: iatiParticipatingOrgRole[org.role] })),
		lastUpdated: row.updatedAt
	};
}

/** The activities of a space's projects (or of one), with what the other parts add; anyone may read them. */
export async function iatiActivitiesOfSpace({
	db,
	actor,
	space,
	projectId,
	today = todayInLjubljana()
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	projectId?: string;
	today?: string;
}): Promise<IatiReport> {
	authorize(projectsPolicy, actor, 'read', { spaceId: space.id });
	if (projectId !== undefined && !isUuid(projectId)) throw projectNotFound(projectId);
	const repository = createIatiRepository({ db, spaceId: space.id });
	const rows = await repository.projects(projectId);
	if (projectId && rows.length === 0) throw projectNotFound(projectId);
	if (projectId && !rows[0]!.startsOn && !rows[0]!.endsOn) throw projectPeriodUnknown(projectId);
	// IATI requires an activity date: a project whose period nobody has entered yet waits outside the space's document
	const dated = rows.filter((row) => row.startsOn || row.endsOn);
	if (dated.length === 0) throw iatiNoDatedProject(space.slug);
	const projectIds = dated.map((row) => row.id);
	const organisations = await repository.organisations(projectIds);
	const reportingOrg = reportingOrgOf(space, dated, organisations);
	const additions = await Promise.all(iatiActivityParts.map((part) => part({ db, spaceId: space.id, projectIds })));
	const activities: IatiActivityInput[] = dated.map((row) =>
		Object.assign(activityOf(row, reportingOrg.ref!, organisations, today), ...additions.map((addition) => addition.get(row.id) ?? {}))
	);
	return { reportingOrg, generated: new Date(), activities };
}

/** The space's (or one project's) IATI 2.03 activity XML. */
export async function exportIatiXml(args: Parameters<typeof iatiActivitiesOfSpace>[0]): Promise<string> {
	return buildIatiActivities(await iatiActivitiesOfSpace(args));
}
