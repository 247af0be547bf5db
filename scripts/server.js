// @ts-check
// Plain JavaScript, as are serve.js and start.js: a .ts file in the server's own process would make
// Node load its TypeScript stripper, which then holds some 17 MB for the life of the server.
import { createServer } from 'node:http';
import { securityHeaders, strictTransportSecurity } from '../src/lib/server/security-headers.js';

/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => void) => void} NodeHandler */

/** adapter-node's request handler from the production build (`npm run build`). */
/** @returns {Promise<NodeHandler>} */
export async function importBuiltHandler() {
	// a computed specifier keeps the type checker out of the generated bundle
	const handlerModule = new URL('../build/handler.js', import.meta.url).href;
	const { handler } = /** @type {{ handler: NodeHandler }} */ (await import(handlerModule));
	return handler;
}

/** @param {NodeJS.ProcessEnv} env */
const trustsProxy = (env) => env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true';

/**
 * The HTTP server around SvelteKit's adapter-node handler. Served directly (no proxy), requests
 * are plain HTTP: the protocol is set here so that same-origin checks see http://host:port.
 * Behind a TLS proxy set TRUST_PROXY=1 and the proxy's X-Forwarded-Proto/Host/For are used instead.
 */
/**
 * @param {NodeHandler} handler
 * @returns {import('node:http').Server}
 */
export function createAppServer(handler, env = process.env) {
	const trustProxy = trustsProxy(env);
	const addressHeader = trustProxy ? (env.ADDRESS_HEADER || 'x-forwarded-for').toLowerCase() : undefined;
	return createServer((req, res) => {
		// adapter-node fails a request whose address header is missing; one that did not pass the
		// proxy (its health check, a request on the machine) comes from the connection's own address
		if (addressHeader && !req.headers[addressHeader]) req.headers[addressHeader] = req.socket.remoteAddress;
		for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
		if (trustProxy && req.headers['x-forwarded-proto'] === 'https') {
			res.setHeader('Strict-Transport-Security', strictTransportSecurity);
		}
		if (!trustProxy) {
			req.headers['x-forwarded-proto'] = 'http';
			delete req.headers['x-forwarded-host'];
		}
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
}

/** adapter-node reads these once when its handler is imported. */
export function prepareAdapterEnv(env = process.env) {
	env.PROTOCOL_HEADER = 'x-forwarded-proto';
	// logos (1 MB) and imports (20 MB) say themselves when a file is too large; adapter-node's
	// default of 512 KB would refuse them before the app could
	env.BODY_SIZE_LIMIT ??= '64M';
	if (trustsProxy(env)) {
		env.HOST_HEADER ??= 'x-forwarded-host';
		// the client's address (sign-in limits per address) is the one the proxy appended last to
		// X-Forwarded-For; without this every client would share the proxy's address. XFF_DEPTH
		// (adapter-node, default 1) counts proxies when there are more than one in a row.
		env.ADDRESS_HEADER ??= 'x-forwarded-for';
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
