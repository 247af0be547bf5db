// What the benchmarks share: a log line with the time, a free port, the production build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export function log(message: string) {
	console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** The build in `build/` is used as it is; built first only when missing. */
export function ensureBuild(): void {
	if (existsSync('build/handler.js')) return;
	log('No production build: building it first');
	const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}
