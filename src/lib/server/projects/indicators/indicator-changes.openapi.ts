import { errorResponse, json } from '../../api/openapi-parts.ts';
import './indicators.schemas.ts';

const parameters = [
	{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The id of the project.' },
	{ name: 'indicatorId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }
];
const refusals = {
	'401': errorResponse('No or an invalid token.'),
	'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
	'404': errorResponse('No such project or indicator (`project_not_found`, `indicator_not_found`).')
};

/** Changing and removing one indicator of a project. */
export const indicatorChangePaths = {
	'/projects/{id}/indicators/{indicatorId}': {
		patch: {
			operationId: 'updateProjectIndicator',
			summary: "Change an indicator's name, unit, baseline, target or measure (admins and staff of its space; scope projects:write or write)",
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters,
			requestBody: { required: true, content: json('IndicatorChanges') },
			responses: {
				'200': { description: 'The indicator as it is now; the change is in the audit log.' },
				'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`).'),
				...refusals
			}
		},
		delete: {
			operationId: 'deleteProjectIndicator',
			summary: 'Remove an indicator and every actual entered for it (admins and staff of its space)',
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters,
			responses: { '204': { description: 'Removed; what it was is in the audit log.' }, ...refusals }
		}
	}
};
