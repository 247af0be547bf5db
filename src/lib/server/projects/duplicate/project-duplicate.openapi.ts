import { errorResponse, json } from '../../api/openapi-parts.ts';
import './project-duplicate.schemas.ts';

/** Copying a project. */
export const projectDuplicatePaths = {
	'/projects/{id}/duplicate': {
		post: {
			operationId: 'duplicateProject',
			summary:
				"Copy a project in its space (admins and staff; scope projects:write or write): details, objectives and results, strands, links, organisations, money and indicators, without the indicators' actuals",
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The id of the project to copy.' }],
			requestBody: { required: false, content: json('DuplicateProjectInput') },
			responses: {
				'201': {
					description: 'The copy, audited as project.duplicate.',
					content: json('ProjectDuplicate'),
					headers: { Location: { schema: { type: 'string' } } }
				},
				'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`).'),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No project has this id (`project_not_found`).'),
				'409': errorResponse('Another project of the space has this address (`project_slug_taken`).')
			}
		}
	}
};
