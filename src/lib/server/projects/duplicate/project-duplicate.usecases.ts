import { and, eq, like } from 'drizzle-orm';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { isUuid } from '../../shared/uuid.ts';
import { changingInSpace, findSpaceRef } from '../../spaces/space-scope.ts';
import { copyProjectDetails } from '../details/project-details.copy.ts';
import { loadProjectWhole } from '../details/project-details.repository.ts';
import { copyProjectIndicators } from '../indicators/indicators.copy.ts';
import { copyProjectMoney } from '../money/money.copy.ts';
import { copyProjectOrganisations } from '../partners/project-organisations.copy.ts';
import { projectNotFound } from '../partners/project-organisations.errors.ts';
import { projectsPolicy } from '../projects.policy.ts';
import { createProjectsRepository } from '../projects.repository.ts';
import type { Project } from '../projects.schemas.ts';
import { projects, type ProjectRow } from '../projects.table.ts';
import { present, todayInLjubljana } from '../projects.usecases.ts';
import type { ProjectPartCopier } from './project-copy.ts';
import { duplicateProjectInputSchema } from './project-duplicate.schemas.ts';

/** Each part of a project copies itself, in this order: organisations before money, whose lines name them. */
const parts: Record<string, ProjectPartCopier> = {
	details: copyProjectDetails,
	organisations: copyProjectOrganisations,
	money: copyProjectMoney,
	indicators: copyProjectIndicators
};

/** The address a copy gets unless it is given one: `<slug>-kopija`, or the first free `<slug>-kopija-N`. */
async function freeCopySlug(db: Database, spaceId: string, slug: string): Promise<string> {
	const base = `${slug}-kopija`.slice(0, 60).replace(/-+$/, '');
	const taken = new Set(
		(
			await db
				.select({ slug: projects.slug })
				.from(projects)
				.where(and(eq(projects.spaceId, spaceId), like(projects.slug, `${base}%`)))
		).map((row) => row.slug)
	);
	for (let number = 1; ; number++) {
		const candidate = number === 1 ? base : `${base.slice(0, 60 - `-${number}`.length)}-${number}`;
		if (!taken.has(candidate)) return candidate;
	}
}

/** What a copy is called unless it is given a title. */
export const copyTitle = (title: ProjectRow['title']): ProjectRow['title'] => ({
	sl: `${title.sl} (kopija)`,
	...(title.en && { en: `${title.en} (copy)` })
});

/** The address and title the form offers for a copy, before anybody changes them. */
export async function proposedCopy({ db, project }: { db: Database; project: { space: { id: string }; slug: string; title: ProjectRow['title'] } }) {
	return { slug: await freeCopySlug(db, project.space.id, project.slug), title: copyTitle(project.title) };
}

/**
 * Makes a copy of a project in the same space (admins and staff): its title, acronym and period,
 * its details, objectives and results, strands and links, the organisations taking part, its money
 * and what its indicators are, but none of the indicators' actuals. One transaction, audited as
 * `project.duplicate` on the copy.
 */
export async function duplicateProject({
	db,
	context,
	projectId,
	input = {}
}: {
	db: Database;
	context: AuditContext;
	projectId: string;
	input?: unknown;
}): Promise<{ project: Project; copied: Record<string, number> }> {
	const found = isUuid(projectId) ? await loadProjectWhole(db, { id: projectId }) : undefined;
	if (!found) throw projectNotFound(projectId);
	const space = await findSpaceRef(db, found.spaceSlug);
	return changingInSpace({ db, context, space }, projectsPolicy, 'manage', async (tx) => {
		const { slug, title } = duplicateProjectInputSchema.parse(input);
		const source = found.project;
		const row = await createProjectsRepository({ db: tx, spaceId: space.id }).insert({
			slug: slug ?? (await freeCopySlug(tx, space.id, source.slug)),
			title: title ? (title.en ? title : { sl: title.sl }) : copyTitle(source.title),
			acronym: source.acronym,
			startsOn: source.startsOn,
			endsOn: source.endsOn
		});
		const copied: Record<string, number> = {};
		for (const [part, copy] of Object.entries(parts)) copied[part] = await copy({ db: tx, spaceId: space.id, fromId: source.id, toId: row.id });
		const project = present(row, todayInLjubljana());
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'project.duplicate',
				entityType: 'project',
				entityId: project.id,
				spaceId: space.id,
				after: { ...project, duplicateOf: source.slug }
			}
		});
		return { project, copied };
	});
}
