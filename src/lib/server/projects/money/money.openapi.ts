import { errorResponse, json } from '../../api/openapi-parts.ts';
import { slugParameter } from '../../spaces/spaces.openapi.ts';
import { projectParameter, writeErrors } from '../partners/project-organisations.openapi.ts';
import './money.schemas.ts';

const localeParameter = {
	name: 'locale',
	in: 'query',
	required: false,
	schema: { type: 'string', enum: ['sl', 'en'], default: 'sl' },
	description: 'How the amounts are written: in Slovenian `1.000` is a thousand, in English `1,000` is.'
};

/** Public calls (platform-wide) and the money of a project: total value, funding lines, own funds. */
export const moneyPaths = {
	// the public calls themselves (GET/POST /calls) are the calls module's (calls/calls.openapi.ts)
	'/spaces/{slug}/projects/{id}/money': {
		get: {
			operationId: 'getProjectMoney',
			summary: 'A project’s total value, funding lines, own co-financing and public call, amounts in cents and in words',
			tags: ['projects'],
			parameters: [slugParameter, projectParameter],
			responses: {
				'200': { description: 'The money of the project.', content: json('ProjectMoney') },
				'404': errorResponse('No such space or project (`space_not_found`, `project_not_found`).')
			}
		},
		put: {
			operationId: 'setProjectMoney',
			summary: 'Set a project’s money as a whole; the sources must add up to the total (admins and staff of the space)',
			tags: ['projects'],
			security: [{ bearer: [] }],
			parameters: [slugParameter, projectParameter, localeParameter],
			requestBody: { required: true, content: json('ProjectMoneyInput') },
			responses: {
				'200': { description: 'The money as it is now; the change is in the audit log.', content: json('ProjectMoney') },
				'400': errorResponse(
					'The body is not valid (`invalid_input` with `amount_format`, `amount_ambiguous`, `amount_decimals` per field; `invalid_json`), or the sources do not add up to the total (`project_money_totals_mismatch`, with `sourcesCents` and `totalCents`).'
				),
				...writeErrors,
				'404': errorResponse('No such space, project, organisation or call (`project_not_found`, `organisation_not_found`, `public_call_not_found`).')
			}
		}
	}
};
