import { errorResponse, json } from '../../api/openapi-parts.ts';
import './registrations.schemas.ts';

const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: "The activity's id." };
const tokenParameter = { name: 'token', in: 'path', required: true, schema: { type: 'string' }, description: 'The secret of the personal link in the mails.' };

/** Registrations for an activity: public, with no token; the list for staff; cancel and accept by the personal link. */
export const registrationPaths = {
	'/activities/{id}/registrations': {
		post: {
			operationId: 'registerForActivity',
			summary: 'Register for a public activity without an account (no token); a place, or the waiting list when it is full',
			tags: ['activities'],
			parameters: [idParameter],
			requestBody: { required: true, content: json('PublicRegistrationInput') },
			responses: {
				'201': { description: 'Registered (`registered`) or on the waiting list (`waitlisted`); a mail says which.', content: json('RegistrationResult') },
				'200': { description: 'The person was registered already: nothing new, the mail was sent again.', content: json('RegistrationResult') },
				'400': errorResponse('The body is not valid (`invalid_input`), a required answer is missing (`registration_answer_missing`).'),
				'404': errorResponse('No public activity has this id (`activity_not_found`).'),
				'409': errorResponse('Registration has closed (`registration_closed`) or the activity was cancelled (`registration_activity_cancelled`).'),
				'429': errorResponse('Too many registrations from this address or for this e-mail (`registration_rate_limited`).')
			}
		},
		get: {
			operationId: 'listActivityRegistrations',
			summary: "An activity's registrations with person, e-mail, organisation and status (admins, staff and viewers of its space)",
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [
				idParameter,
				{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
				{ name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200 } }
			],
			responses: {
				'200': { description: 'One page of registrations.', content: json('RegistrationList') },
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No activity has this id (`activity_not_found`).')
			}
		}
	},
	'/registrations/{token}': {
		get: {
			operationId: 'getRegistrationByLink',
			summary: 'The registration a personal link names',
			tags: ['activities'],
			parameters: [tokenParameter],
			responses: {
				'200': { description: 'The registration.', content: json('RegistrationByLink') },
				'404': errorResponse('The link names no registration (`registration_link_invalid`).')
			}
		},
		delete: {
			operationId: 'cancelRegistrationByLink',
			summary: 'Cancel the registration a personal link names; its place is offered to the next on the waiting list',
			tags: ['activities'],
			parameters: [tokenParameter],
			responses: {
				'200': { description: 'Cancelled.', content: json('RegistrationByLink') },
				'404': errorResponse('The link names no registration (`registration_link_invalid`).'),
				'409': errorResponse('The registration cannot be cancelled any more (`registration_not_cancellable`).')
			}
		}
	},
	'/registrations/{token}/accept': {
		post: {
			operationId: 'acceptRegistrationOffer',
			summary: 'Accept the place offered from the waiting list, before the offer lapses',
			tags: ['activities'],
			parameters: [tokenParameter],
			responses: {
				'200': { description: 'Registered.', content: json('RegistrationByLink') },
				'404': errorResponse('The link names no registration (`registration_link_invalid`).'),
				'409': errorResponse('No offer to accept (`registration_not_offered`) or it lapsed (`registration_offer_lapsed`).')
			}
		}
	}
};
