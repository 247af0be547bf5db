import { errorResponse, json } from '../api/openapi-parts.ts';
import { slugParameter } from '../spaces/spaces.openapi.ts';
import { postKinds, postStatuses } from './posts.table.ts';
import './posts.schemas.ts';

const postParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The id of the post.' };
const notFound = errorResponse('No post has this id, or it is not published yet and you are not staff of its space (`post_not_found`).');

/** A space's posts, and one post by its id. */
export const postPaths = {
	'/spaces/{slug}/posts': {
		get: {
			operationId: 'listSpacePosts',
			summary:
				"A space's posts, newest first: the published ones whose date has come for everyone; drafts, scheduled and unpublished ones too for its admins and staff (scope posts:read or read)",
			tags: ['posts'],
			parameters: [
				slugParameter,
				{ name: 'status', in: 'query', required: false, schema: { type: 'string', enum: [...postStatuses] } },
				{ name: 'kind', in: 'query', required: false, schema: { type: 'string', enum: [...postKinds] } },
				{ name: 'tag', in: 'query', required: false, schema: { type: 'string' } }
			],
			responses: {
				'200': { description: 'The posts.', content: json('PostList') },
				'400': errorResponse('A filter is not valid (`invalid_input`).'),
				'404': errorResponse('No space has this slug (`space_not_found`).')
			}
		},
		post: {
			operationId: 'createSpacePost',
			summary: 'Add a post to a space, a draft unless `status` says otherwise (admins and staff of the space; scope posts:write or write)',
			tags: ['posts'],
			security: [{ bearer: [] }],
			parameters: [slugParameter],
			requestBody: { required: true, content: json('PostInput') },
			responses: {
				'201': { description: 'The post was added, with its `id` and addresses; the change is in the audit log.', content: json('Post') },
				'400': errorResponse(
					'The body is not valid (`invalid_input`, `invalid_json`), or names a project or activity of no such space (`post_project_unknown`, `post_activity_unknown`).'
				),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No space has this slug (`space_not_found`).'),
				'409': errorResponse('Another post of the space has this address in that language (`post_slug_taken`).')
			}
		}
	},
	'/posts/{id}': {
		get: {
			operationId: 'getPost',
			summary: 'A post with its words in each language (scope posts:read or read for drafts)',
			tags: ['posts'],
			parameters: [postParameter],
			responses: { '200': { description: 'The post.', content: json('Post') }, '404': notFound }
		},
		patch: {
			operationId: 'changePost',
			summary:
				'Change a post (admins and staff of its space; scope posts:write or write): only the fields sent change; `status: published` publishes it, `unpublished` takes it off the site',
			tags: ['posts'],
			security: [{ bearer: [] }],
			parameters: [postParameter],
			requestBody: { required: true, content: json('PostChange') },
			responses: {
				'200': { description: 'The post as it is now; the change is in the audit log.', content: json('Post') },
				'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`, `post_project_unknown`, `post_activity_unknown`).'),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': notFound,
				'409': errorResponse('Another post of the space has this address in that language (`post_slug_taken`).')
			}
		},
		delete: {
			operationId: 'deletePost',
			summary:
				'Remove a post (admins and staff of its space; scope posts:write or write): a draft that was never published is deleted for good (`{"deleted": true}`); a post published once is unpublished instead (`{"deleted": false, "post": …}`), so its addresses, comments and history stay',
			tags: ['posts'],
			security: [{ bearer: [] }],
			parameters: [postParameter],
			responses: {
				'200': {
					description: 'What was done.',
					content: {
						'application/json': {
							schema: { type: 'object', properties: { deleted: { type: 'boolean' }, post: { $ref: '#/components/schemas/Post' } }, required: ['deleted'] }
						}
					}
				},
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': notFound
			}
		}
	}
};
