import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { collect, type Finished } from './processes.ts';

/** Names the backend server that answered, so a test can tell the app processes apart. */
export const backendHeader = 'x-backend';

export type Haproxy = {
	url: string;
	output: () => string;
	stop: () => Promise<Finished>;
};

// Debian installs it in /usr/sbin, which is not on the PATH of every user
const haproxyCommand = ['haproxy', '/usr/sbin/haproxy'].find((command) => spawnSync(command, ['-v']).status === 0);

/** HAProxy from the operating system (Debian: apt-get install haproxy), or undefined. */
export function haproxyVersion(): string | undefined {
	return haproxyCommand && spawnSync(haproxyCommand, ['-v'], { encoding: 'utf8' }).stdout.split('\n')[0];
}

/** A port nobody listens on at this moment (HAProxy needs a number in its configuration). */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/**
 * The configuration the README recommends, on loopback: round robin over the app processes,
 * health checks on /healthz, the client's address appended to X-Forwarded-For and the protocol
 * and host the client used passed on (the apps run with TRUST_PROXY=1).
 */
export function haproxyConfig({ port, backends }: { port: number; backends: Record<string, string> }): string {
	const servers = Object.entries(backends).map(([name, url]) => {
		const { host } = new URL(url);
		return `  server ${name} ${host} check inter 500ms fall 2 rise 1`;
	});
	return [
		'global',
		'  maxconn 256',
		'defaults',
		'  mode http',
		'  timeout connect 5s',
		'  timeout client 30s',
		'  timeout server 30s',
		// a backend that refuses the connection (stopped) is left for another one
		'  retries 2',
		'  option redispatch',
		'frontend web',
		`  bind 127.0.0.1:${port}`,
		'  option forwardfor',
		'  http-request set-header X-Forwarded-Proto http',
		'  http-request set-header X-Forwarded-Host %[req.hdr(host)]',
		'  default_backend app',
		'backend app',
		'  balance roundrobin',
		'  option httpchk',
		// HTTP/1.1 with a Host: the app answers a request without one with 400
		'  http-check send meth GET uri /healthz ver HTTP/1.1 hdr Host localhost',
		'  http-check expect status 200',
		`  http-response set-header ${backendHeader} %s`,
		...servers,
		''
	].join('\n');
}

/**
 * Runs HAProxy in the foreground (`-db`) as a child of the test, with its configuration in `dir`,
 * on `port` (the apps behind it must know their public address before it starts).
 */
export async function startHaproxy({ dir, port, backends }: { dir: string; port: number; backends: Record<string, string> }): Promise<Haproxy> {
	const file = join(dir, 'haproxy.cfg');
	writeFileSync(file, haproxyConfig({ port, backends }));
	const child = spawn(haproxyCommand ?? 'haproxy', ['-f', file, '-db']);
	const finished = collect(child);
	let seen = '';
	child.stdout.on('data', (chunk) => (seen += chunk));
	child.stderr.on('data', (chunk) => (seen += chunk));
	const url = `http://127.0.0.1:${port}`;
	const exited = finished.then(({ code }) => {
		throw new Error(`haproxy exited with ${code}: ${seen}`);
	});
	exited.catch(() => {});
	// listening once /healthz answers through it
	for (const deadline = Date.now() + 15_000; ;) {
		const answer = await Promise.race([fetch(`${url}/healthz`).catch(() => undefined), exited]);
		if (answer?.ok) break;
		if (Date.now() > deadline) throw new Error(`haproxy did not answer on ${url}: ${seen}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		url,
		output: () => seen,
		stop: () => {
			child.kill('SIGTERM');
			return finished;
		}
	};
}
