import { errorResponse, json } from '../api/openapi-parts.ts';
import { slugParameter } from '../spaces/spaces.openapi.ts';
import { activityPillars } from './activities.table.ts';
import './activities.schemas.ts';

const activityParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The id of the activity.' };

const dayParameter = (name: string, description: string) => ({
	name,
	in: 'query',
	required: false,
	schema: { type: 'string', format: 'date' },
	description: `${description} Also as people write it: \`3. 3. 2031\`.`
});

/** The activities of a space, and one activity by its id. */
export const activityPaths = {
	'/spaces/{slug}/activities': {
		get: {
			operationId: 'listSpaceActivities',
			summary: 'The activities of a space with their sessions, in order of their first session; internal ones only for its admins, staff and viewers',
			tags: ['activities'],
			parameters: [
				slugParameter,
				dayParameter('from', 'Only activities with a session on or after this day (Ljubljana time).'),
				dayParameter('to', 'Only activities with a session on or before this day (Ljubljana time).'),
				{ name: 'type', in: 'query', required: false, schema: { type: 'string' }, description: 'A built-in type (`training` …) or one the space added.' },
				{ name: 'pillar', in: 'query', required: false, schema: { type: 'string', enum: [...activityPillars] } },
				{ name: 'projectId', in: 'query', required: false, schema: { type: 'string', format: 'uuid' }, description: 'Only the activities of this project.' }
			],
			responses: {
				'200': { description: 'The activities.', content: json('ActivityList') },
				'400': errorResponse('A filter is not valid (`invalid_input`).'),
				'404': errorResponse('No space has this slug (`space_not_found`).')
			}
		},
		post: {
			operationId: 'createSpaceActivity',
			summary: 'Add an activity with its sessions to a space (admins and staff of the space; scope activities:write or write)',
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [slugParameter],
			requestBody: { required: true, content: json('ActivityInput') },
			responses: {
				'201': { description: 'The activity was added, with its `id`; the change is in the audit log.', content: json('Activity') },
				'400': errorResponse(
					'The body is not valid (`invalid_input`, `invalid_json`), e.g. a session that ends before it starts or has neither a place nor a link; or it names an unknown type, project or organisation (`activity_type_unknown`, `activity_project_unknown`, `activity_organiser_unknown`).'
				),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No space has this slug (`space_not_found`).'),
				'409': errorResponse('Another activity of the space has this slug (`activity_slug_taken`).')
			}
		}
	},
	'/activities/{id}': {
		get: {
			operationId: 'getActivity',
			summary: 'An activity with its sessions; an internal one only for the admins, staff and viewers of its space',
			tags: ['activities'],
			parameters: [activityParameter],
			responses: {
				'200': { description: 'The activity.', content: json('Activity') },
				'401': errorResponse('An internal activity needs a token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No activity has this id (`activity_not_found`).')
			}
		},
		patch: {
			operationId: 'changeActivity',
			summary:
				'Change an activity (admins and staff of its space; scope activities:write or write): only the fields sent change; `sessions`, when sent, is the whole new list (sessions named by `id` keep their check-ins); `cancelled: true` cancels it',
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [activityParameter],
			requestBody: { required: true, content: json('ActivityChange') },
			responses: {
				'200': { description: 'The activity as changed; before and after are in the audit log.', content: json('Activity') },
				'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`, `activity_type_unknown`, `activity_session_unknown` …).'),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No activity has this id (`activity_not_found`).'),
				'409': errorResponse('Another activity of the space has this slug (`activity_slug_taken`).')
			}
		}
	}
};
