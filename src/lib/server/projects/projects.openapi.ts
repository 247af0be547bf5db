import { errorResponse, json } from '../api/openapi-parts.ts';
import { slugParameter } from '../spaces/spaces.openapi.ts';
import './projects.schemas.ts';

/** The projects of a space. */
export const projectPaths = {
	'/spaces/{slug}/projects': {
		get: {
			operationId: 'listSpaceProjects',
			summary: 'The projects of a space, newest first, each with its status today (planned, running, ended)',
			tags: ['projects'],
			parameters: [slugParameter],
			responses: {
				'200': { description: 'The projects.', content: json('ProjectList') },
				'404': errorResponse('No space has this slug (`space_not_found`).')
			}
		},
		post: {
			operationId: 'createSpaceProject',
			summary: 'Add a project to a space (admins and staff of the space; scope projects:write or write)',
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [slugParameter],
			requestBody: { required: true, content: json('ProjectInput') },
			responses: {
				'201': { description: 'The project was added; the change is in the audit log.', content: json('Project') },
				'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`), e.g. the end before the start.'),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No space has this slug (`space_not_found`).'),
				'409': errorResponse('Another project of the space has this slug (`project_slug_taken`).')
			}
		}
	}
};
