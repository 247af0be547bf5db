import { errorResponse, json } from '../api/openapi-parts.ts';
import './calls.schemas.ts';

const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const localeParameter = {
	name: 'locale',
	in: 'query',
	required: false,
	schema: { type: 'string', enum: ['sl', 'en'], default: 'sl' },
	description: 'How amounts in the body are written: in Slovenian `1.000` is a thousand, in English `1,000` is.'
};
const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({
	name,
	in: 'query',
	required: false,
	schema,
	description
});
const writeErrors = {
	'401': errorResponse('Not signed in (`unauthenticated`).'),
	'403': errorResponse('Not allowed (`forbidden`, `scope_missing`).')
};

/** Funding calls (platform-wide), their eligible members and applications. */
export const callPaths = {
	'/calls': {
		get: {
			operationId: 'listCalls',
			summary: 'Funding calls: open ones by their next deadline, then the archive; each with its `deadline` and exact amounts',
			tags: ['calls'],
			parameters: [
				query('status', 'open, closed or all (default).', { type: 'string', enum: ['open', 'closed', 'all'] }),
				query('funder', 'The funder’s organisation id.', { type: 'string', format: 'uuid' }),
				query('region', 'A statistical region (SI044): calls open to it (or to any region).'),
				query('field', 'A field of work’s code: calls open to it (or to any field).'),
				query('legalForm', 'A legal form: calls open to it (or to any).'),
				query('deadlineBefore', 'Calls with a deadline still ahead on or before this date.', { type: 'string', format: 'date' }),
				query('minAmount', 'Calls giving at least this much per project (or in total when no maximum is stated).')
			],
			responses: { '200': { description: 'The calls.', content: json('CallList') }, '400': errorResponse('A filter is not valid (`invalid_input`).') }
		},
		post: {
			operationId: 'createCall',
			summary: 'Record a funding call (admins and staff of any space; scope calls:write or write)',
			tags: ['calls'],
			security: [{ bearer: [] }],
			parameters: [localeParameter, query('space', 'The address of the space whose staff enters it, when you keep several.')],
			requestBody: { required: true, content: json('CallInput') },
			responses: {
				'201': { description: 'Recorded; the change is in the audit log.', content: json('Call') },
				'400': errorResponse(
					'The body is not valid (`invalid_input` with `amount_format`, `amount_ambiguous`, `amount_range` per field; `call_funder_unknown`, `call_field_unknown`).'
				),
				...writeErrors
			}
		}
	},
	'/calls/{id}': {
		get: {
			operationId: 'getCall',
			summary: 'A funding call',
			tags: ['calls'],
			parameters: [idParameter],
			responses: { '200': { description: 'The call.', content: json('Call') }, '404': errorResponse('No such call (`call_not_found`).') }
		},
		patch: {
			operationId: 'changeCall',
			summary: 'Change what is sent of a call; `deadlines` replaces them all',
			tags: ['calls'],
			security: [{ bearer: [] }],
			parameters: [idParameter, localeParameter],
			requestBody: { required: true, content: json('CallChange') },
			responses: {
				'200': { description: 'The call as it is now; audited.', content: json('Call') },
				'400': errorResponse('The body is not valid (`invalid_input`).'),
				...writeErrors,
				'404': errorResponse('No such call (`call_not_found`).')
			}
		}
	},
	'/calls/{id}/eligible-organisations': {
		get: {
			operationId: 'listEligibleOrganisations',
			summary: 'The member organisations whose legal form, region and fields make them eligible (of one space, or of every space)',
			tags: ['calls'],
			security: [{ bearer: [] }],
			parameters: [idParameter, query('space', 'The address of a space: its members only (its admins, staff and viewers).')],
			responses: {
				'200': { description: 'The eligible members.', content: json('EligibleOrganisationList') },
				...writeErrors,
				'404': errorResponse('No such call or space (`call_not_found`, `space_not_found`).')
			}
		}
	},
	'/calls/{id}/applications': {
		get: {
			operationId: 'listCallApplications',
			summary: 'Members’ applications to the call recorded by the spaces you keep',
			tags: ['calls'],
			security: [{ bearer: [] }],
			parameters: [idParameter],
			responses: { '200': { description: 'The applications.', content: json('CallApplicationList') }, ...writeErrors, '404': errorResponse('No such call.') }
		},
		post: {
			operationId: 'recordCallApplication',
			summary: 'Record a member’s application (admins and staff of the space recording it)',
			tags: ['calls'],
			security: [{ bearer: [] }],
			parameters: [idParameter, localeParameter],
			requestBody: { required: true, content: json('CallApplicationInput') },
			responses: {
				'201': { description: 'Recorded; audited.', content: json('CallApplication') },
				'400': errorResponse('The body is not valid (`invalid_input`, `call_space_needed`, `call_application_organisation_unknown`).'),
				...writeErrors,
				'404': errorResponse('No such call.')
			}
		}
	},
	'/applications/{id}': {
		patch: {
			operationId: 'changeCallApplication',
			summary: 'Record an outcome: granted (with the amount), rejected, withdrawn',
			tags: ['calls'],
			security: [{ bearer: [] }],
			parameters: [idParameter, localeParameter],
			requestBody: { required: true, content: json('CallApplicationChange') },
			responses: {
				'200': { description: 'The application as it is now; audited.', content: json('CallApplication') },
				'400': errorResponse('The body is not valid (`invalid_input`, `granted_amount_only_when_granted`).'),
				...writeErrors,
				'404': errorResponse('No such application (`call_application_not_found`).')
			}
		}
	},
	'/organisations/{id}/call-applications': {
		get: {
			operationId: 'listOrganisationCallApplications',
			summary:
				'An organisation’s applications to calls and their outcomes (staff of any space; a member editor sees them on the back office’s page of their calls)',
			tags: ['calls'],
			security: [{ bearer: [] }],
			parameters: [idParameter],
			responses: { '200': { description: 'The applications.', content: json('CallApplicationList') }, ...writeErrors }
		}
	}
};
