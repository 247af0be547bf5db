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

const platformRefusals = {
	'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`).'),
	'401': errorResponse('No or an invalid token (`unauthenticated`, `invalid_token`).'),
	'403': errorResponse('Not a platform admin (`forbidden`), or the token lacks the scope (`token_scope_missing`).')
};

// SvelteKit refuses a POST or DELETE without a content type from elsewhere as a cross-site form
const noBody = 'Send `Content-Type: application/json` (with `{}` or no body).';

/** Every address with a space's slug from before a rename answers so, for every method. */
const movedResponse = {
	description: 'The space was renamed: `Location` is the same address with its new slug.',
	headers: { Location: { schema: { type: 'string' } } }
};

/** A step in the life of a space (after its creation): for platform admins, audited. */
function platformStep(operationId: string, summary: string, done: string, more: { description?: string; requestBody?: object; conflict?: string }) {
	const { conflict, ...rest } = more;
	return {
		operationId,
		summary: `${summary} (platform admins; scope spaces:write)`,
		...rest,
		tags: ['spaces'],
		security: [{ bearer: [] }],
		parameters: [slugParameter],
		responses: {
			'200': { description: `${done} The change is in the audit log.`, content: json('Space') },
			...platformRefusals,
			'404': errorResponse('No space has this slug (`space_not_found`).'),
			...(conflict ? { '409': errorResponse(conflict) } : {})
		}
	};
}

/** The spaces (hubs, networks) and their profiles. */
export const spacePaths = {
	'/spaces': {
		get: {
			operationId: 'listSpaces',
			summary: 'List the spaces (hubs, networks) on this platform',
			tags: ['spaces'],
			responses: { '200': { description: 'All spaces but the archived ones, ordered by slug.', content: json('SpaceList') } }
		},
		post: {
			operationId: 'createSpace',
			summary: 'Create a space, and invite its first admin by mail (platform admins; scope spaces:write, with `firstAdmin` also team:write)',
			tags: ['spaces'],
			security: [{ bearer: [] }],
			requestBody: { required: true, content: json('NewSpace') },
			responses: {
				'201': {
					description: 'The space as stored; `Location` is its address. The space and the invitation are in the audit log.',
					headers: { Location: { schema: { type: 'string' } } },
					content: json('Space')
				},
				...platformRefusals,
				'409': errorResponse('Another space has this slug, now or before a rename (`space_slug_taken`), or the first admin already belongs to it.')
			}
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
				'404': errorResponse('No space has this slug (`space_not_found`), or it is archived (`space_archived`).'),
				'308': movedResponse
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
				'404': errorResponse('No space has this slug (`space_not_found`).'),
				'409': errorResponse('The space is archived: restore it first (`space_read_only`).')
			}
		}
	},
	'/spaces/{slug}/rename': {
		post: platformStep('renameSpace', 'Give a space a new slug or name; the old address redirects to the new one', 'The space after the change.', {
			requestBody: { required: true, content: json('SpaceRename') },
			conflict: 'Another space has the new slug, now or before a rename (`space_slug_taken`).'
		})
	},
	'/spaces/{slug}/archive': {
		post: platformStep(
			'archiveSpace',
			'Archive a space: off the public site and read-only, everything kept',
			'The space, with `archivedAt`; archiving an archived space changes nothing.',
			{ description: noBody }
		),
		delete: platformStep('restoreSpace', 'Restore an archived space as it was', 'The space, without `archivedAt`.', { description: noBody })
	}
};
