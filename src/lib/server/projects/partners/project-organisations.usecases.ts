import { projectOrganisationRoles } from '../../../projects/project-organisation-roles.ts';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { organisationNotFound } from '../../organisations/organisations.errors.ts';
import { createOrganisationsRepository } from '../../organisations/organisations.repository.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { isUuid } from '../../shared/uuid.ts';
import { changingInSpace, type SpaceRef } from '../../spaces/space-scope.ts';
import { projectsPolicy } from '../projects.policy.ts';
import { projectNotFound, projectOrganisationExists, projectOrganisationNotFound } from './project-organisations.errors.ts';
import { createProjectOrganisationsRepository } from './project-organisations.repository.ts';
import { projectOrganisationInputSchema, projectOrganisationRolesSchema, type ProjectOrganisation } from './project-organisations.schemas.ts';

type Scope = { db: Database; space: SpaceRef; projectId: string };

async function projectOf(db: Database, space: SpaceRef, projectId: string) {
	const repository = createProjectOrganisationsRepository({ db, spaceId: space.id });
	if (!isUuid(projectId) || !(await repository.projectExists(projectId))) throw projectNotFound(projectId);
	return repository;
}

/** The organisations taking part in a project, the lead first; anyone may read them. */
export async function listProjectOrganisations({ db, actor, space, projectId }: Scope & { actor: Actor }): Promise<ProjectOrganisation[]> {
	authorize(projectsPolicy, actor, 'read', { spaceId: space.id });
	return (await projectOf(db, space, projectId)).list(projectId);
}

/** An organisation of the registry takes part in a project in a role (admins and staff of the space), audited. */
export async function addProjectOrganisation({
	db,
	context,
	space,
	projectId,
	input
}: Scope & { context: AuditContext; input: unknown }): Promise<ProjectOrganisation> {
	return changingInSpace({ db, context, space }, projectsPolicy, 'manage', async (tx) => {
		const { organisationId, role } = projectOrganisationInputSchema.parse(input);
		const repository = await projectOf(tx, space, projectId);
		const organisation = await createOrganisationsRepository({ db: tx }).findById(organisationId);
		if (!organisation) throw organisationNotFound(organisationId);
		if (!(await repository.insert(projectId, organisationId, role))) throw projectOrganisationExists(organisationId, role);
		const added = { organisation: { id: organisation.id, name: organisation.name, shortName: organisation.shortName }, role };
		await recordAudit({
			db: tx,
			context,
			change: { action: 'project.organisation_add', entityType: 'project', entityId: projectId, spaceId: space.id, after: added }
		});
		return added;
	});
}

/**
 * Sets the roles an organisation plays in a project (admins and staff of the space): roles not
 * named end, new ones begin; no roles ends its part. Audited with the roles before and after.
 */
export async function setProjectOrganisationRoles({
	db,
	context,
	space,
	projectId,
	organisationId,
	input
}: Scope & { context: AuditContext; organisationId: string; input: unknown }): Promise<ProjectOrganisation[]> {
	return changingInSpace({ db, context, space }, projectsPolicy, 'manage', async (tx) => {
		const { roles } = projectOrganisationRolesSchema.parse(input);
		const repository = await projectOf(tx, space, projectId);
		const held = isUuid(organisationId) ? (await repository.list(projectId)).filter((row) => row.organisation.id === organisationId) : [];
		if (held.length === 0 && roles.length === 0) throw projectOrganisationNotFound(organisationId);
		if (held.length === 0 && !(await createOrganisationsRepository({ db: tx }).findById(organisationId))) throw organisationNotFound(organisationId);
		const before = held.map((row) => row.role);
		for (const role of before.filter((role) => !roles.includes(role))) await repository.remove(projectId, organisationId, role);
		for (const role of roles.filter((role) => !before.includes(role))) await repository.insert(projectId, organisationId, role);
		const after = (await repository.list(projectId)).filter((row) => row.organisation.id === organisationId);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'project.organisation_roles',
				entityType: 'project',
				entityId: projectId,
				spaceId: space.id,
				before: { organisationId, roles: before },
				after: { organisationId, roles: after.map((row) => row.role) }
			}
		});
		return after;
	});
}

/** Ends every role an organisation plays in a project (admins and staff of the space), audited with the roles it played. */
export async function removeProjectOrganisation({
	db,
	context,
	space,
	projectId,
	organisationId
}: Scope & { context: AuditContext; organisationId: string }): Promise<void> {
	await changingInSpace({ db, context, space }, projectsPolicy, 'manage', async (tx) => {
		const repository = await projectOf(tx, space, projectId);
		const removed = isUuid(organisationId) ? await repository.remove(projectId, organisationId) : [];
		if (removed.length === 0) throw projectOrganisationNotFound(organisationId);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'project.organisation_remove',
				entityType: 'project',
				entityId: projectId,
				spaceId: space.id,
				// in the order the roles are listed everywhere, the lead first
				before: {
					organisationId,
					roles: removed.map((row) => row.role).sort((a, b) => projectOrganisationRoles.indexOf(a) - projectOrganisationRoles.indexOf(b))
				}
			}
		});
	});
}
