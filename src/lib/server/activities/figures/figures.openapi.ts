import { errorResponse, json } from '../../api/openapi-parts.ts';
import './figures.schemas.ts';

const date = (name: string, description: string) => ({ name, in: 'query', required: false, schema: { type: 'string' }, description, example: '2019-01-01' });

/** The figures of a space's activities for a period (issue 13, item 7). */
export const figuresPaths = {
	'/spaces/{slug}/activities/figures': {
		get: {
			operationId: 'getSpaceActivityFigures',
			summary:
				"A space's activity figures for a period: activities by type and pillar, registrations, attendees, organisations and NGOs, regions, legal forms, satisfaction (admins, staff and viewers)",
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [
				{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
				date('from', 'First day, `2019-01-01` or `1. 1. 2019`; the current year when left out.'),
				date('to', 'Last day (in Ljubljana time, included); the current year when left out.'),
				{ name: 'project', in: 'query', required: false, schema: { type: 'string', format: 'uuid' }, description: "Only this project's activities." }
			],
			responses: {
				'200': { description: 'The figures.', content: json('ActivityFigures') },
				'400': errorResponse('A date that is none, or a period ending before it starts (`invalid_input`).'),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`).'),
				'404': errorResponse('No such space (`space_not_found`).')
			}
		}
	}
};
