// Serves the production build: `node scripts/serve.ts` (npm start builds first when needed).
import { once } from 'node:events';
import { createAppServer, prepareAdapterEnv } from './server.ts';

prepareAdapterEnv();
const port = Number.parseInt(process.env.PORT ?? '3000', 10);
const host = process.env.HOST ?? '0.0.0.0';

const { handler } = await import('../build/handler.js');
const server = createAppServer(handler);

server.on('error', (error: NodeJS.ErrnoException) => {
	console.error(
		error.code === 'EADDRINUSE'
			? `Port ${port} is already in use. Stop the other program or start with PORT=<another port>.`
			: error.message
	);
	process.exit(1);
});

server.listen(port, host);
await once(server, 'listening');
const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`Stičišče is running on http://${shownHost}:${port}`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
	if (stopping) return;
	stopping = true;
	server.close();
	server.closeIdleConnections();
	// the app closes its database on this event (see hooks.server.ts)
	process.emit('sveltekit:shutdown' as 'exit', signal as unknown as number);
	setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
