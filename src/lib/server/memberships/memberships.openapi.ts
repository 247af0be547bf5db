import { errorResponse, json } from '../api/openapi-parts.ts';
import { slugParameter } from '../spaces/spaces.openapi.ts';
import './memberships.schemas.ts';
import './applications/applications.schemas.ts';

/** The members of a space. */
export const membershipPaths = {
	'/spaces/{slug}/members': {
		get: {
			operationId: 'listSpaceMembers',
			summary: 'Organisations in a space, by name. Anyone sees the members; admins and staff of the space also applicants and former members',
			tags: ['memberships'],
			parameters: [
				slugParameter,
				{
					name: 'status',
					in: 'query',
					schema: { type: 'string', enum: ['applicant', 'member', 'former'] },
					description: 'Only for admins and staff; others always get members.'
				},
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
	'/spaces/{slug}/applications': {
		get: {
			operationId: 'listMembershipApplications',
			summary: 'Open applications for membership, oldest first (admins and staff of the space; scope memberships:read)',
			tags: ['memberships'],
			security: [{ bearer: [] }],
			parameters: [slugParameter],
			responses: {
				'200': { description: 'The applicants.', content: json('MembershipApplicationList') },
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No space has this slug (`space_not_found`).')
			}
		},
		post: {
			operationId: 'applyForMembership',
			summary: 'An organisation of the registry applies for membership (anyone; at most 5 applications an hour from one address)',
			tags: ['memberships'],
			parameters: [slugParameter],
			requestBody: { required: true, content: json('MembershipApplicationInput') },
			responses: {
				'201': { description: 'The organisation is an applicant; staff will answer by e-mail.', content: json('MembershipApplication') },
				'400': errorResponse(
					'The body is not valid, or names no organisation or several (`invalid_input`, `organisation_not_matched`, `organisation_ambiguous`).'
				),
				'404': errorResponse('No space has this slug (`space_not_found`).'),
				'409': errorResponse('Already a member or an applicant (`membership_application_member`, `membership_application_pending`).'),
				'429': errorResponse('Too many applications (`membership_application_rate_limited`).')
			}
		}
	},
	'/spaces/{slug}/applications/{organisationId}': {
		post: {
			operationId: 'decideMembershipApplication',
			summary: 'Accept or decline an application; the applicant gets a mail (admins and staff of the space; scope memberships:write)',
			tags: ['memberships'],
			security: [{ bearer: [] }],
			parameters: [slugParameter, { name: 'organisationId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
			requestBody: { required: true, content: json('MembershipApplicationDecision') },
			responses: {
				'200': { description: 'Decided; `mailed` tells whether the applicant had left an address to answer.', content: json('MembershipApplicationOutcome') },
				'400': errorResponse('The body is not valid (`invalid_input`, `invalid_json`).'),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).'),
				'404': errorResponse('No space has this slug (`space_not_found`).'),
				'409': errorResponse('The organisation has no open application (`membership_not_applicant`).')
			}
		}
	}
};
