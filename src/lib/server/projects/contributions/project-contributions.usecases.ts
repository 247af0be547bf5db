import { eq } from 'drizzle-orm';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { isUuid } from '../../shared/uuid.ts';
import { changingInSpace, findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { findIndicatorProject } from '../indicators/indicators.repository.ts';
import { projectNotFound } from '../partners/project-organisations.errors.ts';
import { projectsPolicy } from '../projects.policy.ts';
import { projects } from '../projects.table.ts';
import { createProjectContributionsRepository } from './project-contributions.repository.ts';
import { projectContributionsSchema, type ProjectContribution, type ProjectContributions } from './project-contributions.schemas.ts';

async function spaceOfProject(db: Database, projectId: string): Promise<SpaceRef> {
	const project = isUuid(projectId) ? await findIndicatorProject(db, projectId) : undefined;
	if (!project) throw projectNotFound(projectId);
	return findSpaceRef(db, project.space.slug);
}

/** The contributions to strategies of any number of projects of one space, in one query (for pages listing many). */
export const listProjectContributions = ({ db, space, projectIds }: { db: Database; space: SpaceRef; projectIds: string[] }) =>
	createProjectContributionsRepository({ db, spaceId: space.id }).listOf(projectIds);

/** A project's contributions to strategies, in order; anyone may read them. */
export async function getProjectContributions({ db, actor, projectId }: { db: Database; actor: Actor; projectId: string }): Promise<ProjectContributions> {
	const space = await spaceOfProject(db, projectId);
	authorize(projectsPolicy, actor, 'read', { spaceId: space.id });
	return { items: (await listProjectContributions({ db, space, projectIds: [projectId] })).get(projectId) ?? [] };
}

/** Replaces a project's contributions to strategies as a whole (admins and staff of its space), audited before and after. */
export async function replaceProjectContributions({
	db,
	context,
	projectId,
	input
}: {
	db: Database;
	context: AuditContext;
	projectId: string;
	input: unknown;
}): Promise<ProjectContributions> {
	const space = await spaceOfProject(db, projectId);
	return changingInSpace({ db, context, space }, projectsPolicy, 'manage', async (tx) => {
		const { items } = projectContributionsSchema.parse(input);
		const repository = createProjectContributionsRepository({ db: tx, spaceId: space.id });
		const before = (await repository.listOf([projectId])).get(projectId) ?? [];
		await repository.replace(projectId, items);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'project.contributions_set',
				entityType: 'project',
				entityId: projectId,
				spaceId: space.id,
				before: { contributions: before },
				after: { contributions: items }
			}
		});
		return { items };
	});
}

type ProfileGroup = { title: ProjectContribution['strategy']; items: ProjectContribution['contribution'][] };

/**
 * The contributions a space profile's project held (`fromProfile.contributions`: a strategy with
 * what the project did for it) become the project's contributions, and leave `fromProfile`.
 * The goals stay inside the contribution's text, as the profile wrote them. Run again, it finds
 * nothing left to move.
 */
export async function moveContributionsFromProfile({
	db,
	context,
	space,
	projectId
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	projectId: string;
}) {
	const [project] = await db.select({ fromProfile: projects.fromProfile }).from(projects).where(eq(projects.id, projectId));
	const { contributions: groups, ...rest } = (project?.fromProfile ?? {}) as { contributions?: ProfileGroup[] };
	if (!groups?.length) return;
	const items = groups.flatMap(({ title, items }) => items.map((contribution) => ({ strategy: title, goal: null, contribution })));
	await createProjectContributionsRepository({ db, spaceId: space.id }).replace(projectId, items);
	await db.update(projects).set({ fromProfile: rest }).where(eq(projects.id, projectId));
	await recordAudit({
		db,
		context,
		change: { action: 'project.contributions_set', entityType: 'project', entityId: projectId, spaceId: space.id, after: { contributions: items } }
	});
}
