import { z } from 'zod';
import { errorResponse, json } from '../api/openapi-parts.ts';
import { slugSchema } from './spaces.schemas.ts';

/** A space named in the path, as its slug. */
export const slugParameter = {
	name: 'slug',
	in: 'path',
	required: true,
	schema: z.toJSONSchema(slugSchema, { target: 'draft-2020-12' })
};

/** The spaces (hubs, networks) and their profiles. */
export const spacePaths = {
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
	}
};
