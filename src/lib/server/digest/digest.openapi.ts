import { errorResponse, json } from '../api/openapi-parts.ts';
import './digest.schemas.ts';

const query = (name: string, description: string, example: string) => ({
	name,
	in: 'query',
	required: false,
	schema: { type: 'string' },
	description,
	example
});

/** The staff preview of a space's digest (issue 14, item 4). */
export const digestPaths = {
	'/spaces/{slug}/digest-preview': {
		get: {
			operationId: 'previewSpaceDigest',
			summary: "What a subscriber of the space's digest would receive for a period, by e-mail or anonymous (admins and staff of the space)",
			tags: ['digest'],
			security: [{ bearer: [] }],
			parameters: [
				{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
				query('since', 'Start of the period (included): `2021-12-14`, `14. 12. 2021` or a date-time; seven days before `until` when left out.', '2021-12-14'),
				query('until', 'End of the period (excluded): a date or a date-time; today when left out.', '2021-12-21'),
				query(
					'email',
					'The recipient: a person of the registry by address (their organisations decide the calls); left out, an anonymous public subscriber.',
					'ana@example.si'
				),
				{
					name: 'locale',
					in: 'query',
					required: false,
					schema: { type: 'string', enum: ['sl', 'en'] },
					description: "The recipient's language; Slovenian when left out."
				}
			],
			responses: {
				'200': { description: 'The digest; no sections: nothing would be sent.', content: json('ComposedDigest') },
				'400': errorResponse('A date that is none, a period ending before it starts, or an address that is none (`invalid_input`).'),
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed (`forbidden`).'),
				'404': errorResponse('No such space (`space_not_found`).')
			}
		}
	}
};
