import type { RequestHandler } from './$types';
import { apiError } from '#lib/server/http/api-responses.ts';

/** Unknown API addresses answer in JSON like the rest of the API, not with the HTML error page. */
const notFound: RequestHandler = ({ url }) => apiError(404, 'not_found', `There is no API endpoint at ${url.pathname}.`);

export const fallback = notFound;
