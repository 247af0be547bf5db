import { errorResponse, json } from '../api/openapi-parts.ts';
import { slugParameter } from '../spaces/spaces.openapi.ts';
import './newsletters.schemas.ts';

const idParameter = (what: string) => ({
	name: 'id',
	in: 'path',
	required: true,
	schema: { type: 'string', format: 'uuid' },
	description: `The id of the ${what}.`
});
const object = (properties: Record<string, unknown>) => ({ 'application/json': { schema: { type: 'object', properties } } });
const listSchema = {
	type: 'object',
	properties: {
		id: { type: 'string', format: 'uuid' },
		spaceId: { type: 'string', format: 'uuid' },
		name: { type: 'object', properties: { sl: { type: 'string' }, en: { type: 'string' } } },
		audience: { type: 'string', enum: ['members', 'region', 'field', 'public'] },
		regionCode: { type: ['string', 'null'] },
		fieldCode: { type: ['string', 'null'] },
		digestFrequency: { type: 'string', enum: ['none', 'weekly', 'monthly'] },
		recipients: { type: 'integer', description: 'How many addresses the list reaches now (consent in force, sign-ups confirmed, those who left excluded).' },
		createdAt: { type: 'string', format: 'date-time' }
	}
};
const campaignSchema = {
	type: 'object',
	properties: {
		id: { type: 'string', format: 'uuid' },
		listId: { type: 'string', format: 'uuid' },
		subject: { type: 'object', properties: { sl: { type: 'string' }, en: { type: 'string' } } },
		body: { type: 'object', properties: { sl: { type: 'string' }, en: { type: 'string' } }, description: 'Markdown.' },
		status: { type: 'string', enum: ['draft', 'sending', 'sent'] },
		ratePerMinute: { type: ['integer', 'null'] },
		deliveries: {
			type: 'object',
			description: 'Recipients by state; a bounce keeps the SMTP answer.',
			properties: { pending: { type: 'integer' }, sent: { type: 'integer' }, failed: { type: 'integer' }, bounced: { type: 'integer' } }
		}
	}
};
const denied = {
	'401': errorResponse('No or an invalid token.'),
	'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`: newsletters:read or newsletters:write).')
};

/** Lists, subscribers, public sign-up and campaigns. */
export const newsletterPaths = {
	'/spaces/{slug}/newsletter-lists': {
		get: {
			operationId: 'listNewsletterLists',
			summary: "A space's mailing lists with how many each reaches (admins, staff, viewers; scope newsletters:read)",
			tags: ['newsletters'],
			security: [{ bearer: [] }],
			parameters: [slugParameter],
			responses: {
				'200': { description: 'The lists.', content: object({ items: { type: 'array', items: listSchema } }) },
				...denied,
				'404': errorResponse('No space has this slug (`space_not_found`).')
			}
		},
		post: {
			operationId: 'createNewsletterList',
			summary: 'Add a mailing list: the members of the space, those in a region or a field of work, or the public (sign-ups only); scope newsletters:write',
			tags: ['newsletters'],
			security: [{ bearer: [] }],
			parameters: [slugParameter],
			requestBody: { required: true, content: json('NewNewsletterList') },
			responses: {
				'201': { description: 'The list; the change is in the audit log.', content: { 'application/json': { schema: listSchema } } },
				'400': errorResponse('The body is not valid (`invalid_input`); a region or field list without its region or field.'),
				...denied,
				'404': errorResponse('No space has this slug (`space_not_found`).')
			}
		}
	},
	'/newsletter-lists/{id}/subscribers': {
		get: {
			operationId: 'listNewsletterSubscribers',
			summary:
				'The addresses a list reaches now, 500 a page in order of address, and how many sign-ups wait for confirmation or left (staff; scope newsletters:read)',
			tags: ['newsletters'],
			security: [{ bearer: [] }],
			parameters: [
				idParameter('list'),
				{ name: 'after', in: 'query', required: false, schema: { type: 'string' }, description: 'The `next` of the page before.' }
			],
			responses: {
				'200': {
					description: 'A page of recipients.',
					content: object({
						items: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									email: { type: 'string' },
									personId: { type: ['string', 'null'] },
									locale: { type: 'string' },
									source: { type: 'string', enum: ['sign-up', 'registry'] }
								}
							}
						},
						pending: { type: 'integer' },
						unsubscribed: { type: 'integer' },
						next: { type: ['string', 'null'] }
					})
				},
				...denied,
				'404': errorResponse('No such list (`newsletter_list_not_found`).')
			}
		}
	},
	'/newsletter-lists/{id}/subscriptions': {
		post: {
			operationId: 'signUpToNewsletter',
			summary:
				'Sign an address up to a public list (anyone; the same rules as the form): a confirmation mail is sent, and nothing else until its link is followed',
			tags: ['newsletters'],
			parameters: [idParameter('list')],
			requestBody: {
				required: true,
				content: object({
					email: { type: 'string', format: 'email' },
					locale: { type: 'string', enum: ['sl', 'en'] },
					website: { type: 'string', description: 'Leave empty (a honeypot).' }
				})
			},
			responses: {
				'202': {
					description: '`pending`: the confirmation mail is on its way; `confirmed`: the address was on the list already.',
					content: object({ status: { type: 'string', enum: ['pending', 'confirmed'] } })
				},
				'400': errorResponse('Not an e-mail address (`invalid_input`), or refused (`newsletter_signup_refused`).'),
				'404': errorResponse('No such list, or it is not public (`newsletter_list_not_found`, `newsletter_list_not_public`).'),
				'429': errorResponse('Too many sign-ups from this client or for this address (`newsletter_signup_rate_limited`).')
			}
		}
	},
	'/spaces/{slug}/campaigns': {
		get: {
			operationId: 'listCampaigns',
			summary: "A space's newsletters with the state of their recipients (scope newsletters:read)",
			tags: ['newsletters'],
			security: [{ bearer: [] }],
			parameters: [slugParameter],
			responses: { '200': { description: 'The campaigns, newest first.', content: object({ items: { type: 'array', items: campaignSchema } }) }, ...denied }
		},
		post: {
			operationId: 'createCampaign',
			summary: 'Write a newsletter for a list: subject and Markdown body in Slovenian, optionally English (scope newsletters:write)',
			tags: ['newsletters'],
			security: [{ bearer: [] }],
			parameters: [slugParameter],
			requestBody: { required: true, content: json('NewCampaign') },
			responses: {
				'201': { description: 'The draft.', content: { 'application/json': { schema: campaignSchema } } },
				'400': errorResponse('The body is not valid (`invalid_input`).'),
				...denied
			}
		}
	},
	'/campaigns/{id}/send': {
		post: {
			operationId: 'sendCampaign',
			summary:
				"Send a draft to the list's recipients as they are now, through the job table at `ratePerMinute` (default NEWSLETTER_RATE_PER_MINUTE or 600); throttling answers (421, 451, 452) make the sender wait longer each time, a 5xx is recorded as bounced (scope newsletters:write)",
			tags: ['newsletters'],
			security: [{ bearer: [] }],
			parameters: [idParameter('campaign')],
			requestBody: { required: false, content: object({ ratePerMinute: { type: 'integer', minimum: 1, maximum: 100000 } }) },
			responses: {
				'202': {
					description: 'Sending started; `deliveries.pending` is the number of recipients.',
					content: { 'application/json': { schema: campaignSchema } }
				},
				...denied,
				'404': errorResponse('No such campaign (`newsletter_campaign_not_found`).'),
				'409': errorResponse('Sent or being sent already (`newsletter_campaign_not_draft`).')
			}
		}
	},
	'/campaigns/{id}/test': {
		post: {
			operationId: 'testSendCampaign',
			summary: "Send the campaign to the caller's own address, in each of its languages (scope newsletters:write)",
			tags: ['newsletters'],
			security: [{ bearer: [] }],
			parameters: [idParameter('campaign')],
			responses: {
				'202': { description: 'Queued.', content: object({ to: { type: 'string' }, locales: { type: 'array', items: { type: 'string' } } }) },
				...denied,
				'404': errorResponse('No such campaign (`newsletter_campaign_not_found`).')
			}
		}
	}
};
