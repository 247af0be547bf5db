import { errorResponse, json } from '../../api/openapi-parts.ts';
import './evaluation.schemas.ts';

const activityParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The id of the activity.' };

/** An activity's evaluation results for the space's staff. */
export const evaluationPaths = {
	'/activities/{id}/evaluation': {
		get: {
			operationId: 'getActivityEvaluation',
			summary:
				"An activity's evaluation: per question the answers counted, ratings' average and spread, yes/no shares, free texts; and the response rate (admins, staff and viewers of its space)",
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [activityParameter],
			responses: {
				'200': { description: 'The results.', content: json('EvaluationResults') },
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No activity has this id (`activity_not_found`).')
			}
		}
	}
};
