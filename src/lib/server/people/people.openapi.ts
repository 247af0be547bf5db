import { z } from 'zod';
import { peopleQuerySchema } from './people.schemas.ts';
import { errorResponse, json } from '../api/openapi-parts.ts';

const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const queryParameters = Object.entries(peopleQuerySchema.shape).map(([name, schema]) => {
	const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
	return { name, in: 'query', schema: rest };
});

const refusals = {
	'401': errorResponse('No or an invalid token (`unauthenticated`, `invalid_token`).'),
	'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).')
};
const unknownPerson = { '404': errorResponse('No person has this id (`person_not_found`).') };
const invalid = (codes: string) => ({ '400': errorResponse(`The body is not valid (${codes}).`) });
const erased = { '409': errorResponse('The person was erased and can no longer be changed (`person_erased`).') };

/** The people endpoints; personal data, so every one needs a token with `people:read` or `people:write`. */
export const peoplePaths = {
	'/people': {
		get: {
			operationId: 'listPeople',
			summary: 'People by name (admins and staff: everyone; member editors: their organisation’s; scope people:read)',
			tags: ['people'],
			security: [{ bearer: [] }],
			parameters: queryParameters,
			responses: { '200': { description: 'One page of people.', content: json('PeoplePage') }, ...invalid('`invalid_input`'), ...refusals }
		},
		post: {
			operationId: 'createPerson',
			summary: 'Add a person with affiliations and the consents they gave (scope people:write)',
			tags: ['people'],
			security: [{ bearer: [] }],
			requestBody: { required: true, content: json('PersonInput') },
			responses: {
				'200': { description: 'The person; the change is in the audit log.', content: json('Person') },
				...invalid('`invalid_input`, `invalid_json`, `organisation_not_found`'),
				...refusals
			}
		}
	},
	'/people/{id}': {
		get: {
			operationId: 'getPerson',
			summary: 'One person with all affiliations, the consents in force and their history (scope people:read)',
			tags: ['people'],
			security: [{ bearer: [] }],
			parameters: [idParameter],
			responses: { '200': { description: 'The person.', content: json('Person') }, ...refusals, ...unknownPerson }
		},
		patch: {
			operationId: 'updatePerson',
			summary: 'Change name, e-mail or phone (scope people:write)',
			tags: ['people'],
			security: [{ bearer: [] }],
			parameters: [idParameter],
			requestBody: { required: true, content: json('PersonChanges') },
			responses: {
				'200': { description: 'The person after the change.', content: json('Person') },
				...invalid('`invalid_input`, `invalid_json`'),
				...refusals,
				...unknownPerson,
				...erased
			}
		}
	},
	'/people/{id}/consents': {
		post: {
			operationId: 'recordConsent',
			summary: 'Record a consent given or withdrawn; the latest per purpose is in force (scope people:write)',
			tags: ['people'],
			security: [{ bearer: [] }],
			parameters: [idParameter],
			requestBody: { required: true, content: json('ConsentInput') },
			responses: {
				'200': { description: 'The person with the consent recorded.', content: json('Person') },
				...invalid('`invalid_input`, `invalid_json`'),
				...refusals,
				...unknownPerson,
				...erased
			}
		}
	},
	'/people/{id}/export': {
		get: {
			operationId: 'exportPersonalData',
			summary:
				'Everything held about a person, for a GDPR access request (platform admins and admins of a space the person is connected to through an organisation; scope people:read)',
			tags: ['people'],
			security: [{ bearer: [] }],
			parameters: [idParameter],
			responses: { '200': { description: 'The personal data; the export is audited.', content: json('PersonalDataExport') }, ...refusals, ...unknownPerson }
		}
	},
	'/people/{id}/erase': {
		post: {
			operationId: 'erasePerson',
			summary:
				'Erase a person for good: anonymised, consents deleted, audit data scrubbed; counts stay (platform admins and admins of a space the person is connected to through an organisation; scope people:write)',
			tags: ['people'],
			security: [{ bearer: [] }],
			parameters: [idParameter],
			responses: {
				'200': { description: 'What is left of the person.', content: json('Person') },
				...refusals,
				...unknownPerson,
				'409': errorResponse('Already erased (`person_erased`).')
			}
		}
	}
};
