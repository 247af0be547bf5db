// @ts-check
// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// JavaScript, not TypeScript: see server.js.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sources = ['src', 'messages', 'static', 'drizzle', 'package.json', 'package-lock.json', 'vite.config.ts', 'project.inlang'];
const ignored = new Set(['paraglide']);

/**
 * @param {string} path
 * @returns {number}
 */
function newestMtime(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (!ignored.has(entry)) newest = Math.max(newest, newestMtime(join(path, entry)));
	}
	return newest;
}

// a module's words file added since the last build is listed before the build looks at the settings
await import('./message-files.js');

const buildMarker = 'build/handler.js';
// ORIGIN is built into the app, so a different one needs a new build
const originMarker = 'build/origin.txt';
const origin = process.env.ORIGIN ?? '';
const stale =
	!existsSync(buildMarker) ||
	!existsSync(originMarker) ||
	readFileSync(originMarker, 'utf8') !== origin ||
	sources.filter(existsSync).some((source) => newestMtime(source) > statSync(buildMarker).mtimeMs);

if (stale) {
	console.log('Building Stičišče (first start or changed sources)…');
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
	writeFileSync(originMarker, origin);
}

await import('./serve.js');
