import type { Actor } from '../policy/actor.ts';
import { problemContentType } from './api-responses.ts';
import { localeOfPath } from './plain-page.ts';

const isBackOfficePath = (pathname: string) => /^(\/en)?\/app(\/|$)/.test(pathname);
const isApiPath = (pathname: string) => pathname === '/api' || pathname.startsWith('/api/');
const isSignedIn = (actor: Actor | undefined) => actor?.kind === 'session' || actor?.kind === 'token';

/**
 * The headers every answer carries by the web's conventions:
 * - `Cache-Control: private, no-store` on what may hold personal data (the back office, and
 *   anything answered to somebody signed in), so no shared cache or browser history keeps it;
 * - `Content-Language`: a page's language is its address's; the API's errors are in English, its
 *   data carries both languages;
 * - `Retry-After` on every 429 (a form that did not say how long: a minute).
 */
export function addConventionHeaders({ url, actor }: { url: URL; actor: Actor | undefined }, response: Response): Response {
	const { pathname } = url;
	const headers = response.headers;
	if (isBackOfficePath(pathname) || (isSignedIn(actor) && !headers.get('cache-control')?.startsWith('public'))) {
		headers.set('cache-control', 'private, no-store');
	}
	const type = headers.get('content-type') ?? '';
	if (!headers.has('content-language')) {
		if (type.startsWith('text/html')) headers.set('content-language', localeOfPath(pathname));
		else if (type.startsWith(problemContentType)) headers.set('content-language', 'en');
		else if (isApiPath(pathname) && type.startsWith('application/json')) headers.set('content-language', 'sl, en');
	}
	if (response.status === 429 && !headers.has('retry-after')) headers.set('retry-after', '60');
	return response;
}
