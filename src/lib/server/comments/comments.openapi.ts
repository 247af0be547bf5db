import { errorResponse, json } from '../api/openapi-parts.ts';
import './comments.schemas.ts';

const statusParameter = {
	name: 'status',
	in: 'query',
	schema: { type: 'string', enum: ['held', 'published', 'hidden', 'spam'], default: 'held' },
	description: 'Which folder of the queue.'
};

/** Comments on posts (and later plans and reports): public reading and sending, moderation by the space's staff. */
export const commentPaths = {
	'/comments': {
		get: {
			operationId: 'listComments',
			summary: "A subject's comments, oldest first: the published ones for anyone; every one with its status and e-mail for the admins and staff of its space",
			tags: ['comments'],
			parameters: [
				{
					name: 'subject',
					in: 'query',
					required: true,
					schema: { type: 'string', example: 'post:0b6e3a1e-5d4c-4b3a-9f8e-7d6c5b4a3f2e' },
					description: 'kind:id'
				}
			],
			responses: {
				'200': { description: 'The comments.', content: json('CommentList') },
				'400': errorResponse('The subject is not written as kind:id (`comment_subject_invalid`).'),
				'404': errorResponse('Nothing with this kind and id takes comments (`comment_subject_not_found`).')
			}
		},
		post: {
			operationId: 'postComment',
			summary:
				'Comment without an account (no token needed): held for approval, or published at once where the space post-moderates; one that looks like spam is kept in the spam folder',
			tags: ['comments'],
			requestBody: { required: true, content: json('CommentInput') },
			responses: {
				'201': { description: 'Sent; `status` says whether it waits for approval.', content: json('CommentResult') },
				'400': errorResponse('The body is not valid (`invalid_input`, `comment_subject_invalid`).'),
				'404': errorResponse('Nothing with this kind and id takes comments (`comment_subject_not_found`).'),
				'409': errorResponse('The subject takes no comments any more (`comments_closed`).'),
				'429': errorResponse('Too many comments from this address or with this e-mail (`comment_rate_limited`).')
			}
		}
	},
	'/comments/{id}': {
		patch: {
			operationId: 'moderateComment',
			summary:
				'Approve (`published`), hide (`hidden`), mark as spam (`spam`) or put back in the queue (`held`) a comment (admins and staff of its space; scope comments:write or write)',
			tags: ['comments'],
			security: [{ bearer: [] }],
			parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
			requestBody: { required: true, content: json('CommentModeration') },
			responses: {
				'200': { description: 'The comment as it now is.', content: json('ModeratedComment') },
				'400': errorResponse('Not a status (`invalid_input`).'),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No comment has this id (`comment_not_found`).')
			}
		}
	},
	'/spaces/{slug}/comments': {
		get: {
			operationId: 'listCommentQueue',
			summary: "The space's comments in one status, newest first: the moderation queue (admins and staff; scope comments:read or read)",
			tags: ['comments'],
			security: [{ bearer: [] }],
			parameters: [
				{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
				statusParameter,
				{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
				{ name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200 } }
			],
			responses: {
				'200': { description: 'One page of the queue.', content: json('CommentQueue') },
				'400': errorResponse('Not a status (`invalid_input`).'),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No space has this address (`space_not_found`).')
			}
		}
	}
};
