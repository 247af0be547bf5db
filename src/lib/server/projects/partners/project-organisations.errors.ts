import { AppError } from '../../shared/errors.ts';

export const projectNotFound = (id: string) => new AppError('project_not_found', 'not_found', `The space has no project with the id "${id}".`, { id });

export const projectOrganisationExists = (organisationId: string, role: string) =>
	new AppError('project_organisation_exists', 'conflict', `The organisation already takes part in the project as "${role}".`, { organisationId, role });

export const projectOrganisationNotFound = (organisationId: string) =>
	new AppError('project_organisation_not_found', 'not_found', 'The organisation does not take part in the project (in this role).', { organisationId });
