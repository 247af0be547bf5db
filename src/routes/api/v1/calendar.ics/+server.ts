// the API's address of the platform feed (see calendar.openapi.ts); the same as /calendar.ics
export { GET } from '../../../calendar.ics/+server.ts';
