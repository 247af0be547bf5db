import { AppError } from '../shared/errors.ts';

export const activityNotFound = (id: string) => new AppError('activity_not_found', 'not_found', `No activity has the id or address "${id}".`, { id });

export const activitySlugTaken = (slug: string) =>
	new AppError('activity_slug_taken', 'conflict', `Another activity of this space already has the address "${slug}".`, { slug });

export const activityTypeUnknown = (type: string) =>
	new AppError('activity_type_unknown', 'invalid', `"${type}" is neither a built-in type of activity nor one the space added.`, { type });

export const activityProjectUnknown = (projectId: string) =>
	new AppError('activity_project_unknown', 'invalid', `The space has no project with the id ${projectId}.`, { projectId });

export const activityOrganiserUnknown = (organisationId: string) =>
	new AppError('activity_organiser_unknown', 'invalid', `The registry has no organisation with the id ${organisationId}.`, { organisationId });

export const activitySessionUnknown = (sessionId: string) =>
	new AppError('activity_session_unknown', 'invalid', `The activity has no session with the id ${sessionId}.`, { sessionId });

export const activityTypeTaken = (code: string) =>
	new AppError('activity_type_taken', 'conflict', `The space already has a type of activity with the code "${code}".`, { code });
