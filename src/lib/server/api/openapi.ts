import { z } from 'zod';
import { slugSchema } from '../spaces/spaces.schemas.ts';
import '../audit/audit.schemas.ts';
import './api.schemas.ts';
import { peoplePaths } from '../people/people.openapi.ts';
import '../memberships/memberships.schemas.ts';
import { organisationPaths } from '../organisations/organisations.openapi.ts';
import { errorResponse, json } from './openapi-parts.ts';


/** Every schema registered with an `id`, as OpenAPI components, converted from the zod schemas. */
function componentSchemas(): Record<string, unknown> {
	const { schemas } = z.toJSONSchema(z.globalRegistry, {
		target: 'draft-2020-12',
		io: 'output',
		uri: (id) => `#/components/schemas/${id}`
	});
	return Object.fromEntries(
		Object.entries(schemas).map(([id, schema]) => {
			const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
			return [id, rest];
		})
	);
}

export function buildOpenApiDocument(version: string) {
	const slugParameter = {
		name: 'slug',
		in: 'path',
		required: true,
		schema: z.toJSONSchema(slugSchema, { target: 'draft-2020-12' })
	};
	return {
		openapi: '3.1.0',
		info: {
			title: 'Stičišče API',
			version,
			description: 'Public and back-office API of Stičišče. Errors are JSON with a stable `code`.',
			license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' }
		},
		servers: [{ url: '/api/v1' }],
		paths: {
			'/spaces': {
				get: {
					operationId: 'listSpaces',
					summary: 'List the spaces (hubs, networks) on this platform',
					tags: ['spaces'],
					responses: { '200': { description: 'All spaces, ordered by slug.', content: json('SpaceList') } }
				}
			},
			'/spaces/{slug}': {
				get: {
					operationId: 'getSpace',
					summary: 'One space with its whole profile',
					tags: ['spaces'],
					parameters: [slugParameter],
					responses: {
						'200': { description: 'The space.', content: json('Space') },
						'404': errorResponse('No space has this slug (`space_not_found`).')
					}
				},
				patch: {
					operationId: 'updateSpace',
					summary: 'Change fields of a space profile (staff or admin of the space; scope spaces:write)',
					tags: ['spaces'],
					security: [{ bearer: [] }],
					parameters: [slugParameter],
					requestBody: { required: true, content: json('SpaceChanges') },
					responses: {
						'200': { description: 'The space after the change; the change is in the audit log.', content: json('Space') },
						'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`).'),
						'401': errorResponse('No or an invalid token (`unauthenticated`, `invalid_token`).'),
						'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
						'404': errorResponse('No space has this slug (`space_not_found`).')
					}
				}
			},
			'/spaces/{slug}/members': {
				get: {
					operationId: 'listSpaceMembers',
					summary: 'Organisations in a space, by name. Anyone sees the members; admins and staff of the space also applicants and former members',
					tags: ['memberships'],
					parameters: [
						slugParameter,
						{ name: 'status', in: 'query', schema: { type: 'string', enum: ['applicant', 'member', 'former'] }, description: 'Only for admins and staff; others always get members.' },
						{ name: 'region', in: 'query', schema: { type: 'string' }, description: 'NUTS-3 code, e.g. `SI042`.' },
						{ name: 'legalForm', in: 'query', schema: { type: 'string' } },
						{ name: 'q', in: 'query', schema: { type: 'string' }, description: 'Words of the name; each may be the beginning of a word.' },
						{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
						{ name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } }
					],
					responses: {
						'200': { description: 'One page of members.', content: json('MemberList') },
						'400': errorResponse('A filter is not valid (`invalid_input`).'),
						'404': errorResponse('No space has this slug (`space_not_found`).')
					}
				}
			},
			'/spaces/{slug}/members/{organisationId}': {
				put: {
					operationId: 'setSpaceMember',
					summary: 'Add an organisation to a space or change its membership (admins and staff of the space; scope memberships:write)',
					tags: ['memberships'],
					security: [{ bearer: [] }],
					parameters: [slugParameter, { name: 'organisationId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
					requestBody: { required: true, content: json('MembershipChanges') },
					responses: {
						'200': { description: 'The membership was changed; the change is in the audit log.', content: json('Membership') },
						'201': { description: 'The organisation was added to the space.', content: json('Membership') },
						'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`), e.g. `until` before `since`.'),
						'401': errorResponse('No or an invalid token.'),
						'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
						'404': errorResponse('No such space or organisation (`space_not_found`, `organisation_not_found`).')
					}
				}
			},
			'/spaces/{slug}/audit': {
				get: {
					operationId: 'getSpaceAudit',
					summary: 'The audit log of a space, newest first (admins of the space; scope audit:read)',
					tags: ['audit'],
					security: [{ bearer: [] }],
					parameters: [
						slugParameter,
						{ name: 'person', in: 'query', schema: { type: 'string', format: 'email' } },
						{ name: 'entity', in: 'query', schema: { type: 'string' }, description: 'Kind of record, e.g. `space`.' },
						{ name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
						{ name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Inclusive.' },
						{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } }
					],
					responses: {
						'200': { description: 'One page of entries (50 per page).', content: json('AuditPage') },
						'401': errorResponse('No or an invalid token.'),
						'403': errorResponse('Not allowed.'),
						'404': errorResponse('No space has this slug.')
					}
				}
			},
			...peoplePaths,
			...organisationPaths()
		},
		components: {
			schemas: componentSchemas(),
			securitySchemes: {
				bearer: { type: 'http', scheme: 'bearer', description: 'An API token (`stc_…`) from the back office or the CLI.' }
			}
		}
	};
}
