import { errorResponse, json } from '../../api/openapi-parts.ts';
import './checkin.schemas.ts';

const activityParameter = { name: 'id', in: 'path', required: true, description: "The activity's id.", schema: { type: 'string', format: 'uuid' } };
const staffErrors = {
	'401': errorResponse('Not signed in and no token (`unauthenticated`).'),
	'403': errorResponse('Not an admin or staff member of the space, or the token lacks `activities:write` (`forbidden`, `token_scope_missing`).')
};
const notFound = errorResponse('No activity has this id (`activity_not_found`), or no registration has this code (`checkin_code_unknown`) or id.');

/** Check-in at the door: the phone's list, a check-in (idempotent), and undoing one. */
export const checkinPaths = {
	'/activities/{id}/checkin': {
		get: {
			operationId: 'getCheckInRoster',
			summary: 'The people expected at a session, with their codes and whether they are checked in (admins and staff of the space)',
			description:
				'What a phone keeps to check people in while its connection drops. Without `sessionId`, the session running now, else the next, else the last.',
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [
				activityParameter,
				{ name: 'sessionId', in: 'query', required: false, description: 'The session; by default the current one.', schema: { type: 'string', format: 'uuid' } }
			],
			responses: { '200': { description: 'The list.', content: json('CheckInRoster') }, ...staffErrors, '404': notFound }
		},
		post: {
			operationId: 'checkIn',
			summary: 'Check a person in for a session by code or registration; sending it again changes nothing (admins and staff)',
			description:
				'Idempotent: one person is checked in once per session. A repeated check-in (a phone sending its queue again) answers 200 with `alreadyCheckedIn: true` and the first time; a new one answers 201. The registration becomes `attended`.',
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [activityParameter],
			requestBody: { required: true, content: json('CheckInInput') },
			responses: {
				'200': { description: 'The person was checked in for the session before; nothing was counted again.', content: json('CheckInResult') },
				'201': { description: 'Checked in.', content: json('CheckInResult') },
				'400': errorResponse('The body is not valid (`invalid_input`, `checkin_session_unknown`).'),
				...staffErrors,
				'404': notFound,
				'409': errorResponse('The registration was cancelled (`checkin_registration_cancelled`).')
			}
		},
		delete: {
			operationId: 'undoCheckIn',
			summary: 'Remove a check-in made by mistake (admins and staff); audited',
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [activityParameter],
			requestBody: { required: true, content: json('UndoCheckInInput') },
			responses: {
				'200': { description: 'The check-in is gone (`removed: false`: there was none); a registration left without any is `registered` again.' },
				'400': errorResponse('The body is not valid (`invalid_input`).'),
				...staffErrors,
				'404': notFound
			}
		}
	}
};
