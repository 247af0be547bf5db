import { ZodError } from 'zod';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import { assertUnchangedSince, type ExpectedVersion } from '../../audit/edit-conflict.ts';
import type { Database } from '../../db/client.ts';
import { isUuid } from '../../shared/uuid.ts';
import { changingInSpace, findSpaceRef } from '../../spaces/space-scope.ts';
import { loadProjectWhole } from '../details/project-details.repository.ts';
import type { ProjectDetails } from '../details/project-details.schemas.ts';
import { changeProjectDetails, getProject } from '../details/project-details.usecases.ts';
import { projectNotFound } from '../partners/project-organisations.errors.ts';
import { projectsPolicy } from '../projects.policy.ts';
import { createProjectBasicsRepository, type ProjectBasics } from './project-basics.repository.ts';
import { basicsKeys, projectChangesSchema } from './project-basics.schemas.ts';

const basicsOf = ({ title, acronym, slug, startsOn, endsOn }: ProjectBasics) => ({ title, acronym, slug, startsOn, endsOn });

/** The period's end before its start is the end's mistake, told beside the end as the create form tells it. */
const endsBeforeStart = (endsOn: string) => new ZodError([{ code: 'custom', path: ['endsOn'], message: 'ends_before_start', input: endsOn }]);

/**
 * Changes a project (admins and staff of its space): its basics (title, acronym, address,
 * period) and any of its details, in one transaction. A form or an API client that says which
 * version it saw (`expectedUpdatedAt`, from a hidden field or If-Match) is refused when the
 * project changed since. The basics are audited as `project.basics_change`, the details by
 * `changeProjectDetails`.
 */
export async function changeProject({
	db,
	context,
	projectId,
	input,
	expectedUpdatedAt
}: {
	db: Database;
	context: AuditContext;
	projectId: string;
	input: unknown;
} & ExpectedVersion): Promise<ProjectDetails> {
	const found = isUuid(projectId) ? await loadProjectWhole(db, { id: projectId }) : undefined;
	if (!found) throw projectNotFound(projectId);
	const space = await findSpaceRef(db, found.spaceSlug);
	return changingInSpace({ db, context, space }, projectsPolicy, 'manage', async (tx) => {
		const changes = projectChangesSchema.parse(input);
		const repository = createProjectBasicsRepository({ db: tx, spaceId: space.id });
		const row = await repository.locked(projectId);
		if (!row) throw projectNotFound(projectId);
		await assertUnchangedSince(tx, { entityType: 'project', entityId: projectId, updatedAt: row.updatedAt }, { expectedUpdatedAt });

		const { title, acronym, slug, startsOn, endsOn, ...details } = changes;
		const basics: Partial<ProjectBasics> = {
			// an empty English title or acronym is none, as when the project was created
			...(title && { title: title.en ? title : { sl: title.sl } }),
			...(acronym !== undefined && { acronym: acronym || null }),
			...(slug !== undefined && { slug }),
			...(startsOn !== undefined && { startsOn }),
			...(endsOn !== undefined && { endsOn })
		};
		const after = { ...basicsOf(row), ...basics };
		if (after.startsOn && after.endsOn && after.endsOn < after.startsOn) throw endsBeforeStart(after.endsOn);
		if (basicsKeys.some((key) => key in basics)) {
			await repository.update(projectId, basics);
			await recordAudit({
				db: tx,
				context,
				change: { action: 'project.basics_change', entityType: 'project', entityId: projectId, spaceId: space.id, before: basicsOf(row), after }
			});
		}
		if (Object.keys(details).length > 0) await changeProjectDetails({ db: tx, context, projectId, input: details });
		return getProject({ db: tx, actor: context.actor, which: { id: projectId } });
	});
}
