import { z } from 'zod';
import '../fields/fields.schemas.ts';
import { directoryQuerySchema } from './organisations.schemas.ts';
import { errorResponse, json } from '../api/openapi-parts.ts';

const parameterDescriptions: Record<keyof typeof directoryQuerySchema.shape, string> = {
	q: 'Search: every word is matched as the beginning of a word of the name, short name, aliases, city or identifiers, ignoring case and diacritics (`sticisce` finds "Stičišče").',
	region: 'Statistical region (NUTS-3 code).',
	municipality: 'Municipality (GURS number, e.g. `061`).',
	legalForm: 'Legal form.',
	field: 'Field of work (code from `/fields`).',
	publicInterest: '`yes`: has public-interest status in some field; `no`: in none.',
	space: 'Members (status member) of the space with this slug.',
	page: 'Page number, from 1.',
	pageSize: 'Organisations per page (1–100, default 20).'
};

/** Query parameters of the directory, from the zod schema that validates them. */
function directoryParameters() {
	return Object.entries(directoryQuerySchema.shape).map(([name, schema]) => {
		const { $schema: _schema, ...jsonSchema } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
		return { name, in: 'query', required: false, description: parameterDescriptions[name as keyof typeof parameterDescriptions], schema: jsonSchema };
	});
}

const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const unauthenticated = errorResponse('No or an invalid token (`unauthenticated`, `invalid_token`).');
const forbidden = errorResponse('Not allowed, or the token lacks the scope (`forbidden`, `token_scope_missing`).');
const notFound = errorResponse('No organisation has this id (`organisation_not_found`).');
const invalidBody = errorResponse(
	'The body is not valid (`invalid_input` with the issues per field, `invalid_json`, `field_unknown`); problems of identifiers are named, e.g. `tax_number_check_digit`.'
);

/** The registry of organisations. */
export function organisationPaths() {
	return {
		'/organisations': {
			get: {
				operationId: 'searchOrganisations',
				summary: 'Search the directory of organisations, with facet counts (scope organisations:read for tokens)',
				description:
					'Without `q`, ordered by name; with `q`, by relevance (names that begin with the search first). Each facet is counted with every filter but its own.',
				tags: ['organisations'],
				parameters: directoryParameters(),
				responses: {
					'200': { description: 'One page of organisations, how many were found, and the facets.', content: json('DirectoryResult') },
					'400': errorResponse('A parameter is not valid (`invalid_input`; `details.issues[].path` names it).'),
					'401': unauthenticated,
					'403': forbidden
				}
			},
			post: {
				operationId: 'createOrganisation',
				summary: 'Add an organisation to the registry (admins and staff of any space; scope organisations:write)',
				tags: ['organisations'],
				security: [{ bearer: [] }],
				requestBody: { required: true, content: json('OrganisationInput') },
				responses: {
					'201': {
						description: 'The organisation as stored; `Location` is its address. The change is in the audit log.',
						headers: { Location: { schema: { type: 'string' } } },
						content: json('Organisation')
					},
					'400': invalidBody,
					'401': unauthenticated,
					'403': forbidden,
					'409': errorResponse('Another organisation has this registration number (`registration_number_taken`).')
				}
			}
		},
		'/organisations/{id}': {
			get: {
				operationId: 'getOrganisation',
				summary: 'One organisation of the registry',
				tags: ['organisations'],
				parameters: [idParameter],
				responses: {
					'200': { description: 'The organisation.', content: json('Organisation') },
					'301': { description: 'The organisation was merged into another; `Location` is the other one.' },
					'401': unauthenticated,
					'403': forbidden,
					'404': notFound
				}
			},
			patch: {
				operationId: 'updateOrganisation',
				summary: 'Change fields of an organisation (staff of any space, or its own member editor; scope organisations:write)',
				description: 'Only the fields sent change; `null` clears an optional field.',
				tags: ['organisations'],
				security: [{ bearer: [] }],
				parameters: [idParameter],
				requestBody: { required: true, content: json('OrganisationChanges') },
				responses: {
					'200': { description: 'The organisation after the change; the change is in the audit log.', content: json('Organisation') },
					'400': invalidBody,
					'401': unauthenticated,
					'403': forbidden,
					'404': notFound,
					'409': errorResponse('Another organisation has this registration number (`registration_number_taken`).')
				}
			}
		}
	};
}
