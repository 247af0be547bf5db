// @ts-check
// Plain JavaScript: the production server (scripts/server.js) loads it before SvelteKit.

/** The RFC 8058 one-click unsubscribe address, in either language. */
const oneClickPath = /^(\/en)?\/unsubscribe\/[a-f0-9]{64}\/one-click\/?$/;

/**
 * A mail provider sends the one-click unsubscribe POST (RFC 8058) from its own servers, as a form
 * (`List-Unsubscribe=One-Click`) without our Origin, so SvelteKit's CSRF check, which runs before
 * any hook, would refuse it. For that one route the body's form type is renamed, which the check
 * does not look at; the route reads no body: the key in the address is the authority, and a
 * request elsewhere is left as it came.
 * @param {import('node:http').IncomingMessage} req
 */
export function letOneClickUnsubscribeThrough(req) {
	if (req.method !== 'POST' || !oneClickPath.test((req.url ?? '').split('?')[0] ?? '')) return;
	req.headers['content-type'] = 'application/x-list-unsubscribe';
}
