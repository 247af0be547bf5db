// @ts-check
// Serves the production build: `node scripts/serve.js` (npm start builds first when needed).
// JavaScript, not TypeScript: see server.js.
import { once } from 'node:events';
import { createAppServer, emitShutdown, importBuiltHandler, prepareAdapterEnv } from './server.js';
import { browserHost, removeServerAddress, writeServerAddress } from '../src/lib/server/server-address.js';

prepareAdapterEnv();
const port = Number(process.env.PORT || '3000');
const host = process.env.HOST || '0.0.0.0';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
	process.exit(1);
}

let handler;
try {
	// the app opens and migrates its database while the handler loads
	handler = await importBuiltHandler();
} catch (error) {
	// the embedded server's problems (a data directory of an earlier version, no access as root)
	// are told in words of what to do; anything else with its stack
	const told = /** @type {{ code?: string }} */ (error).code === 'embedded_database';
	console.error(told ? /** @type {Error} */ (error).message : error);
	process.exit(1);
}
const server = createAppServer(handler);

server.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
	console.error(error.code === 'EADDRINUSE' ? `Port ${port} is already in use. Stop the other program or start with PORT=<another port>.` : error.message);
	process.exit(1);
});

server.listen(port, host);
await once(server, 'listening');
const listeningUrl = `http://${browserHost(host)}:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
console.log(`Stičišče is running on ${listeningUrl}`);
const dataDir = process.env.DATA_DIR || './data';
// the CLI run beside this server prints links with the address people open it at
writeServerAddress(dataDir, (process.env.PUBLIC_URL || process.env.ORIGIN || listeningUrl).replace(/\/+$/, ''));

let stopping = false;
/** @param {string} signal */
function shutdown(signal) {
	if (stopping) return;
	stopping = true;
	removeServerAddress(dataDir);
	server.closeIdleConnections();
	server.close(() => emitShutdown(signal));
	// requests still running get a few seconds; a shutdown that hangs beyond that is an error
	setTimeout(() => server.closeAllConnections(), 5000).unref();
	setTimeout(() => {
		console.error('The server did not stop within 10 seconds; exiting.');
		process.exit(1);
	}, 10000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
