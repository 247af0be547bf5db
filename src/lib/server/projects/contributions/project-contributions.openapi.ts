import { errorResponse, json } from '../../api/openapi-parts.ts';
import { projectParameter, writeErrors } from '../partners/project-organisations.openapi.ts';
import './project-contributions.schemas.ts';

const notFound = errorResponse('No project has this id (`project_not_found`).');

/** A project's contributions to strategies: strategy → goal → how the project contributes. */
export const projectContributionPaths = {
	'/projects/{id}/contributions': {
		get: {
			operationId: 'getProjectContributions',
			summary: 'How a project contributes to strategies (and laws), in order',
			tags: ['projects'],
			parameters: [projectParameter],
			responses: { '200': { description: 'The contributions.', content: json('ProjectContributions') }, '404': notFound }
		},
		put: {
			operationId: 'setProjectContributions',
			summary: "Replace a project's contributions to strategies as a whole (admins and staff of its space; scope projects:write or write)",
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [projectParameter],
			requestBody: { required: true, content: json('ProjectContributions') },
			responses: {
				'200': { description: 'The contributions as they are now; the change, before and after, is in the audit log.', content: json('ProjectContributions') },
				'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`).'),
				...writeErrors,
				'404': notFound
			}
		}
	}
};
