import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types: Record<string, string> = {
	css: 'text/css; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	webp: 'image/webp',
	woff2: 'font/woff2'
};

/**
 * The client half of the production build (adapter-node's `build/client`), found upwards from this
 * module wherever the bundler put it; undefined in development, where Vite serves those files.
 */
function findClientDir(): string | undefined {
	for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
		if (existsSync(join(dir, 'client', '_app', 'immutable'))) return join(dir, 'client');
		if (dirname(dir) === dir) return undefined;
	}
}

let clientDir: string | undefined | null = null;

/**
 * A file of the build's client (`/_app/immutable/…`: the pages' stylesheets), read from disk.
 * SvelteKit's in-process `fetch` answers routes and static files but not these, which the server
 * in front of it (adapter-node's) serves; a print needs its stylesheet all the same.
 */
export async function buildFile(pathname: string): Promise<Response | undefined> {
	if (!pathname.startsWith('/_app/immutable/')) return undefined;
	if (clientDir === null) clientDir = findClientDir();
	if (!clientDir) return undefined;
	const file = normalize(join(clientDir, decodeURIComponent(pathname)));
	if (!file.startsWith(clientDir + sep)) return new Response('Not found', { status: 404 });
	try {
		const type = types[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
		return new Response(new Uint8Array(await readFile(file)), { headers: { 'content-type': type } });
	} catch {
		return new Response('Not found', { status: 404 });
	}
}
