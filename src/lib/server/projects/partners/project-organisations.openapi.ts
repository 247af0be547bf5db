import { errorResponse, json } from '../../api/openapi-parts.ts';
import { slugParameter } from '../../spaces/spaces.openapi.ts';
import './project-organisations.schemas.ts';

export const projectParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The id of the project.' };
export const writeErrors = {
	'401': errorResponse('No or an invalid token.'),
	'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).')
};

/** The organisations taking part in a project: operators, hosts, partners, financers. */
export const projectOrganisationPaths = {
	'/spaces/{slug}/projects/{id}/organisations': {
		get: {
			operationId: 'listProjectOrganisations',
			summary: 'The organisations taking part in a project, each in its role, the lead first',
			tags: ['projects'],
			parameters: [slugParameter, projectParameter],
			responses: {
				'200': { description: 'The organisations and their roles.', content: json('ProjectOrganisationList') },
				'404': errorResponse('No such space or project (`space_not_found`, `project_not_found`).')
			}
		},
		post: {
			operationId: 'addProjectOrganisation',
			summary: 'An organisation of the registry takes part in a project in a role (admins and staff of the space; scope projects:write or write)',
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [slugParameter, projectParameter],
			requestBody: { required: true, content: json('ProjectOrganisationInput') },
			responses: {
				'201': { description: 'Added; the change is in the audit log.', content: json('ProjectOrganisation') },
				'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`).'),
				...writeErrors,
				'404': errorResponse('No such space, project or organisation (`space_not_found`, `project_not_found`, `organisation_not_found`).'),
				'409': errorResponse('The organisation plays this role in the project already (`project_organisation_exists`).')
			}
		}
	},
	'/spaces/{slug}/projects/{id}/organisations/{organisationId}': {
		put: {
			operationId: 'setProjectOrganisationRoles',
			summary: 'Set the roles an organisation plays in a project; an empty list ends its part (admins and staff of the space)',
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [slugParameter, projectParameter, { name: 'organisationId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
			requestBody: { required: true, content: json('ProjectOrganisationRoles') },
			responses: {
				'200': { description: 'The roles it plays now; the change is in the audit log.', content: json('ProjectOrganisationList') },
				'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`).'),
				...writeErrors,
				'404': errorResponse(
					'No such space, project or organisation, or nothing to end (`project_not_found`, `organisation_not_found`, `project_organisation_not_found`).'
				)
			}
		},
		delete: {
			operationId: 'removeProjectOrganisation',
			summary: 'End every role an organisation plays in a project (admins and staff of the space; scope projects:write or write)',
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [slugParameter, projectParameter, { name: 'organisationId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
			responses: {
				'204': { description: 'Removed; the roles it played are in the audit log.' },
				...writeErrors,
				'404': errorResponse('No such space or project, or the organisation takes no part in it (`project_not_found`, `project_organisation_not_found`).')
			}
		}
	}
};
