// @ts-check
// JavaScript: the production server's entry (scripts/server.js) imports it without a TypeScript step.

/**
 * Headers every response carries, static files included. The Content-Security-Policy of pages
 * is SvelteKit's (see vite.config.ts), with hashes for its own inline script.
 */
/** @type {Record<string, string>} */
export const securityHeaders = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()'
};

/** Only behind TLS: browsers then refuse plain HTTP to this host for a year. */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';
