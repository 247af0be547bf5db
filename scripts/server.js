// @ts-check
// Plain JavaScript, as are serve.js and start.js: a .ts file in the server's own process would make
// Node load its TypeScript stripper, which then holds some 17 MB for the life of the server.
import { createServer } from 'node:http';
import compression from 'compression';
import { securityHeaders, strictTransportSecurity } from '../src/lib/server/security-headers.js';
import { letOneClickUnsubscribeThrough } from '../src/lib/server/newsletters/one-click.js';

/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => void) => void} NodeHandler */

/** adapter-node's request handler from the production build (`npm run build`). */
/** @returns {Promise<NodeHandler>} */
export async function importBuiltHandler() {
	// a computed specifier keeps the type checker out of the generated bundle
	const handlerModule = new URL('../build/handler.js', import.meta.url).href;
	const { handler } = /** @type {{ handler: NodeHandler }} */ (await import(handlerModule));
	return handler;
}

/**
 * How many proxies in a row stand before the app (TRUST_PROXY: a number of hops; `true` is one),
 * 0 when none is trusted.
 * @param {NodeJS.ProcessEnv} env
 */
export function trustedProxyHops(env) {
	const value = (env.TRUST_PROXY ?? '').trim().toLowerCase();
	if (value === 'true') return 1;
	return /^[1-9]\d*$/.test(value) ? Number(value) : 0;
}

/** @param {NodeJS.ProcessEnv} env */
const trustsProxy = (env) => trustedProxyHops(env) > 0;

/**
 * Fills in the address header the way adapter-node expects it: a request that did not pass the
 * proxy (its health check, a request on the machine) has none and comes from the connection's own
 * address; one that passed fewer proxies than configured (sent to an inner proxy directly) has
 * fewer X-Forwarded-For entries than XFF_DEPTH, and its client is the first entry, the address the
 * first proxy it met saw. adapter-node would fail either request instead.
 * @param {import('node:http').IncomingMessage} req
 * @param {string} addressHeader
 * @param {number} depth
 */
function completeAddressHeader(req, addressHeader, depth) {
	const value = req.headers[addressHeader];
	if (!value) {
		req.headers[addressHeader] = req.socket.remoteAddress;
		return;
	}
	if (addressHeader !== 'x-forwarded-for') return;
	const entries = String(value).split(',');
	if (entries.length < depth) req.headers[addressHeader] = [...Array(depth - entries.length).fill(entries[0]), ...entries].join(',');
}

/**
 * The HTTP server around SvelteKit's adapter-node handler. Served directly (no proxy), requests
 * are plain HTTP: the protocol is set here so that same-origin checks see http://host:port.
 * Behind a TLS proxy set TRUST_PROXY=1 (2 for two proxies in a row) and the proxy's
 * X-Forwarded-Proto/Host/For are used instead.
 */
/**
 * @param {NodeHandler} handler
 * @returns {import('node:http').Server}
 */
export function createAppServer(handler, env = process.env) {
	const trustProxy = trustsProxy(env);
	const addressHeader = trustProxy ? (env.ADDRESS_HEADER || 'x-forwarded-for').toLowerCase() : undefined;
	const depth = Number(env.XFF_DEPTH) || 1;
	const compress = /** @type {NodeHandler} */ (/** @type {unknown} */ (compression({ filter: shouldCompress })));
	return createServer((req, res) => {
		if (addressHeader) completeAddressHeader(req, addressHeader, depth);
		letOneClickUnsubscribeThrough(req);
		for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
		if (trustProxy && req.headers['x-forwarded-proto'] === 'https') {
			res.setHeader('Strict-Transport-Security', strictTransportSecurity);
		}
		if (!trustProxy) {
			req.headers['x-forwarded-proto'] = 'http';
			delete req.headers['x-forwarded-host'];
		}
		compress(req, res, () =>
			handler(req, res, () => {
				res.statusCode = 404;
				res.end('Not found');
			})
		);
	});
}

/**
 * Whether a response is sent compressed (gzip or brotli, as the client accepts): pages, JSON, CSS,
 * JavaScript and other text. Not event streams, which must reach the client as each event is written,
 * nor downloads (exports are streamed row by row, spreadsheets are zipped already); the build's
 * static files come precompressed from adapter-node and carry their Content-Encoding already.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function shouldCompress(req, res) {
	const type = String(res.getHeader('content-type') ?? '');
	if (/^text\/event-stream|ndjson/i.test(type)) return false;
	if (/^attachment/i.test(String(res.getHeader('content-disposition') ?? ''))) return false;
	// compression's own choice by media type (text, JSON, JavaScript, SVG …); its types are Express's
	return compression.filter(/** @type {any} */ (req), /** @type {any} */ (res));
}

/** adapter-node reads these once when its handler is imported. */
export function prepareAdapterEnv(env = process.env) {
	env.PROTOCOL_HEADER = 'x-forwarded-proto';
	// logos (1 MB) and imports (20 MB) say themselves when a file is too large; adapter-node's
	// default of 512 KB would refuse them before the app could
	env.BODY_SIZE_LIMIT ??= '64M';
	const hops = trustedProxyHops(env);
	if (hops > 0) {
		env.HOST_HEADER ??= 'x-forwarded-host';
		// the client's address (sign-in limits per address) comes from X-Forwarded-For, where each
		// proxy appends the address it saw: with n proxies in a row the client is the n-th entry from
		// the end (adapter-node's XFF_DEPTH). Without this every client would share the proxy's address.
		env.ADDRESS_HEADER ??= 'x-forwarded-for';
		env.XFF_DEPTH ??= String(hops);
	}
}

/**
 * Tells the app to close its database, as adapter-node's own entry does on SIGTERM.
 * @param {string} reason
 */
export function emitShutdown(reason) {
	// @ts-expect-error custom process events cannot be typed
	process.emit('sveltekit:shutdown', reason);
}
