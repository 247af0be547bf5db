import { errorResponse, json } from '../../api/openapi-parts.ts';
import './project-details.schemas.ts';
import '../basics/project-basics.schemas.ts';

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
			summary:
				"Change a project's basics (title, acronym, address, period) and details (admins and staff of its space; scope projects:write or write); a list given replaces the whole list",
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [
				projectParameter,
				{
					name: 'If-Match',
					in: 'header',
					required: false,
					schema: { type: 'string' },
					description: 'The ETag of GET: refuses a change over one made meanwhile.'
				}
			],
			requestBody: { required: true, content: json('ProjectChanges') },
			responses: {
				'200': { description: 'The project as changed; the change, before and after, is in the audit log.', content: json('ProjectDetails') },
				'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`, `project_predecessor_invalid`).'),
				'409': errorResponse('Another project of the space has this address (`project_slug_taken`).'),
				'412': errorResponse('The project changed since the version named in If-Match (`changed_meanwhile`).'),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No project has this id (`project_not_found`).')
			}
		}
	}
};
