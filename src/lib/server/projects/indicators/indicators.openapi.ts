import { errorResponse, json } from '../../api/openapi-parts.ts';
import './indicators.schemas.ts';

const projectParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The id of the project.' };
const indicatorParameter = { name: 'indicatorId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const writeErrors = {
	'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`, `indicator_period_unknown`, `indicator_partner_not_in_project`).'),
	'401': errorResponse('No or an invalid token.'),
	'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
	'404': errorResponse('No such project or indicator (`project_not_found`, `indicator_not_found`, `indicator_actual_not_found`).')
};

/** A project's indicators, their actuals and progress; projects are addressed by id alone here, as issue 12 names the paths. */
export const indicatorPaths = {
	'/projects/{id}/indicators': {
		get: {
			operationId: 'listProjectIndicators',
			summary: "A project's indicators with actuals by period and progress against the target, and the rules modules compute",
			tags: ['projects'],
			parameters: [projectParameter],
			responses: {
				'200': { description: 'The indicators.', content: json('IndicatorList') },
				'404': errorResponse('No such project (`project_not_found`).')
			}
		},
		post: {
			operationId: 'createProjectIndicator',
			summary: 'A new indicator of a project (admins and staff of its space; scope projects:write or write)',
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [projectParameter],
			requestBody: { required: true, content: json('IndicatorInput') },
			responses: { '201': { description: 'Created; the change is in the audit log.' }, ...writeErrors }
		}
	},
	'/projects/{id}/indicators/{indicatorId}/actuals': {
		put: {
			operationId: 'enterIndicatorActual',
			summary: "Enter a period's actual, or a partner's part of it, with its evidence (staff, or a partner's member editor); it becomes a draft",
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [projectParameter, indicatorParameter],
			requestBody: { required: true, content: json('IndicatorActualInput') },
			responses: {
				'200': { description: 'The entered part; the change is in the audit log.', content: json('IndicatorActual') },
				...writeErrors,
				'409': errorResponse('The indicator is computed by a rule (`indicator_computed`).')
			}
		}
	},
	'/projects/{id}/indicators/{indicatorId}/actuals/{actualId}/status': {
		post: {
			operationId: 'stepIndicatorActual',
			summary: 'Submit an entered actual (who entered it), approve it or return it to draft (staff of the space); every step audited',
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [projectParameter, indicatorParameter, { name: 'actualId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
			requestBody: { required: true, content: json('IndicatorActualStep') },
			responses: {
				'200': { description: 'The part in its new status.', content: json('IndicatorActual') },
				...writeErrors,
				'409': errorResponse('Not a step from its status (`indicator_actual_step`).')
			}
		}
	},
	'/projects/{id}/indicators.{format}': {
		get: {
			operationId: 'exportProjectIndicators',
			summary: "A project's indicators by period as CSV or XLSX",
			tags: ['projects'],
			parameters: [projectParameter, { name: 'format', in: 'path', required: true, schema: { type: 'string', enum: ['csv', 'xlsx'] } }],
			responses: {
				'200': {
					description: 'One row per indicator and period.',
					content: { 'text/csv': {}, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {} }
				},
				'404': errorResponse('No such project (`project_not_found`).')
			}
		}
	}
};
