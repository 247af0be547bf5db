import { errorResponse } from '../../api/openapi-parts.ts';
import { slugParameter } from '../../spaces/spaces.openapi.ts';

const icsResponse = (description: string) => ({
	description,
	headers: {
		ETag: { description: 'The version of the feed; send it as `If-None-Match` to get 304 while it is unchanged.', schema: { type: 'string' } },
		'Cache-Control': { description: 'Clients may keep the feed for 15 minutes.', schema: { type: 'string' } }
	},
	content: {
		'text/calendar': {
			schema: {
				type: 'string',
				description:
					'An iCalendar file (RFC 5545): one VEVENT per session in Europe/Ljubljana time, with its VTIMEZONE; a session keeps its UID across changes; cancelled activities stay, with STATUS:CANCELLED.'
			}
		}
	}
});
const notModified = { description: 'The feed has not changed since the ETag sent in `If-None-Match`.' };

/**
 * The iCalendar feeds (issue 13, item 9). They are served at the site's root too, as
 * `/calendar.ics` and `/spaces/{slug}/calendar.ics` (what calendar apps subscribe to); the API
 * serves the same feeds under its base address.
 */
export const calendarPaths = {
	'/calendar.ics': {
		get: {
			operationId: 'platformCalendar',
			summary: 'The public activities of every space as an iCalendar feed (also at `/calendar.ics` on the site)',
			description: 'Sessions of public activities from 30 days ago on, soonest first, at most 500 activities. No token needed.',
			tags: ['activities'],
			responses: { '200': icsResponse('The platform calendar.'), '304': notModified }
		}
	},
	'/spaces/{slug}/calendar.ics': {
		get: {
			operationId: 'spaceCalendar',
			summary: "A space's public activities as an iCalendar feed (also at `/spaces/{slug}/calendar.ics` on the site)",
			description: 'Sessions of the public activities of the space from 30 days ago on. No token needed.',
			tags: ['activities'],
			parameters: [slugParameter],
			responses: {
				'200': icsResponse("The space's calendar."),
				'304': notModified,
				'404': errorResponse('No space has this slug (`space_not_found`).')
			}
		}
	}
};
