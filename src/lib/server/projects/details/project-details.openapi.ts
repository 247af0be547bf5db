import { errorResponse, json } from '../../api/openapi-parts.ts';
import './project-details.schemas.ts';

const projectParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The id of the project.' };

/** A project whole, and changes to its details. */
export const projectDetailsPaths = {
	'/projects/{id}': {
		get: {
			operationId: 'getProject',
			summary: 'A project whole: problem, goal, objectives with their results, activity strands, contact, documents and links, predecessor and successors',
			tags: ['projects'],
			parameters: [projectParameter],
			responses: {
				'200': { description: 'The project.', content: json('ProjectDetails') },
				'404': errorResponse('No project has this id (`project_not_found`).')
			}
		},
		patch: {
			operationId: 'changeProjectDetails',
			summary: "Change a project's details (admins and staff of its space; scope projects:write or write); a list given replaces the whole list",
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [projectParameter],
			requestBody: { required: true, content: json('ProjectDetailsChanges') },
			responses: {
				'200': { description: 'The project as changed; the change, before and after, is in the audit log.', content: json('ProjectDetails') },
				'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`, `project_predecessor_invalid`).'),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No project has this id (`project_not_found`).')
			}
		}
	}
};
