import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { isUuid } from '../../shared/uuid.ts';
import { changingInSpace, findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { projectNotFound } from '../partners/project-organisations.errors.ts';
import { projectsPolicy } from '../projects.policy.ts';
import { present, todayInLjubljana } from '../projects.usecases.ts';
import { projectPredecessorInvalid } from './project-details.errors.ts';
import { createProjectDetailsRepository, loadProjectWhole, type ProjectWhole } from './project-details.repository.ts';
import { projectDetailsChangesSchema, type ProjectDetails, type ProjectObjective } from './project-details.schemas.ts';

/** What a change of details may touch, as the audit log records it before and after. */
const detailsOf = ({ problem, goal, contact, predecessor, objectives, strands, links }: ProjectDetails) => ({
	problem,
	goal,
	contact,
	predecessorId: predecessor?.id ?? null,
	objectives,
	strands,
	links
});

const related = ({ id, slug, title, startsOn, endsOn }: ProjectWhole['related'][number]) => ({ id, slug, title, startsOn, endsOn });

function presentWhole(whole: ProjectWhole, today: string): ProjectDetails {
	const { project } = whole;
	const resultsOf = (objectiveId: string) => whole.results.filter((result) => result.objectiveId === objectiveId).map((result) => result.text);
	const objective = (row: ProjectWhole['objectives'][number]) => ({ id: row.id, title: row.title, description: row.description, results: resultsOf(row.id) });
	const objectives: ProjectObjective[] = whole.objectives
		.filter((row) => row.parentId === null)
		.map((general) => ({ ...objective(general), objectives: whole.objectives.filter((row) => row.parentId === general.id).map(objective) }));
	const predecessor = whole.related.find((row) => row.id === project.predecessorId);
	return {
		...present(project, today),
		updatedAt: project.updatedAt.toISOString(),
		space: { id: project.spaceId, slug: whole.spaceSlug },
		problem: project.problem,
		goal: project.goal,
		contact: { name: project.contactName, email: project.contactEmail, phone: project.contactPhone },
		predecessor: predecessor ? related(predecessor) : null,
		successors: whole.related.filter((row) => row.predecessorId === project.id).map(related),
		objectives,
		strands: whole.strands.map(({ title, description }) => ({ title, description })),
		links: whole.links.map(({ title, url }) => ({ title, url })),
		fromProfile: project.fromProfile
	};
}

/**
 * A project whole (problem, goal, objectives with their results, strands, contact, links, its
 * predecessor and successors), by its id or by its space and address; anyone may read it.
 */
export async function getProject({
	db,
	actor,
	which,
	today = todayInLjubljana()
}: {
	db: Database;
	actor: Actor;
	which: { id: string } | { space: SpaceRef; slug: string };
	today?: string;
}): Promise<ProjectDetails> {
	if ('id' in which && !isUuid(which.id)) throw projectNotFound(which.id);
	const whole = await loadProjectWhole(db, 'id' in which ? { id: which.id } : { spaceId: which.space.id, slug: which.slug });
	if (!whole) throw projectNotFound('id' in which ? which.id : which.slug);
	authorize(projectsPolicy, actor, 'read', { spaceId: whole.project.spaceId });
	return presentWhole(whole, today);
}

/**
 * Changes a project's details (admins and staff of its space): fields given replace what was
 * there, lists given replace the whole list. Audited with the project before and after.
 */
export async function changeProjectDetails({
	db,
	context,
	projectId,
	input
}: {
	db: Database;
	context: AuditContext;
	projectId: string;
	input: unknown;
}): Promise<ProjectDetails> {
	const found = isUuid(projectId) ? await loadProjectWhole(db, { id: projectId }) : undefined;
	if (!found) throw projectNotFound(projectId);
	const space: SpaceRef = await findSpaceRef(db, found.spaceSlug);
	return changingInSpace({ db, context, space }, projectsPolicy, 'manage', async (tx) => {
		const changes = projectDetailsChangesSchema.parse(input);
		const today = todayInLjubljana();
		const before = presentWhole((await loadProjectWhole(tx, { id: projectId }))!, today);
		const repository = createProjectDetailsRepository({ db: tx, spaceId: space.id, projectId });
		if (changes.predecessorId && (changes.predecessorId === projectId || !(await repository.isProjectOfSpace(changes.predecessorId))))
			throw projectPredecessorInvalid(changes.predecessorId);
		await repository.update({
			...('problem' in changes && { problem: changes.problem }),
			...('goal' in changes && { goal: changes.goal }),
			...('predecessorId' in changes && { predecessorId: changes.predecessorId }),
			...('contact' in changes && {
				contactName: changes.contact?.name ?? null,
				contactEmail: changes.contact?.email ?? null,
				contactPhone: changes.contact?.phone ?? null
			})
		});
		if (changes.objectives) await repository.replaceObjectives(changes.objectives);
		if (changes.strands) await repository.replaceStrands(changes.strands);
		if (changes.links) await repository.replaceLinks(changes.links);
		const after = presentWhole((await loadProjectWhole(tx, { id: projectId }))!, today);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'project.details_change',
				entityType: 'project',
				entityId: projectId,
				spaceId: space.id,
				before: detailsOf(before),
				after: detailsOf(after)
			}
		});
		return after;
	});
}
