// the API's address of a space's feed (see calendar.openapi.ts); the same as /spaces/[slug]/calendar.ics
export { GET } from '../../../../../spaces/[slug]/calendar.ics/+server.ts';
