// @ts-check
// JavaScript, as scripts/serve.js imports it (see scripts/server.js); the CLI and config.ts too.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The host part of an address a browser opens for a server listening on `host`: one listening on
 * every interface is reached at `localhost`, an IPv6 address goes in brackets.
 * @param {string | undefined} host
 */
export function browserHost(host) {
	if (!host || host === '0.0.0.0' || host === '::') return 'localhost';
	return host.includes(':') ? `[${host}]` : host;
}

/** @param {string} dataDir */
const addressFile = (dataDir) => join(resolve(dataDir), 'server.json');

/** @param {number} pid */
function isRunning(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
}

/**
 * Written by a server once it listens: the CLI run beside it prints links (setup, invitations)
 * with the address people open this server at, its port and host included, so that the session
 * cookie set there is the one the server reads.
 * @param {string} dataDir
 * @param {string} url
 */
export function writeServerAddress(dataDir, url) {
	mkdirSync(dataDir, { recursive: true });
	writeFileSync(addressFile(dataDir), `${JSON.stringify({ url, pid: process.pid })}\n`);
}

/**
 * Removed by the server that wrote it, when it stops.
 * @param {string} dataDir
 */
export function removeServerAddress(dataDir) {
	if (readAddress(dataDir)?.pid === process.pid) rmSync(addressFile(dataDir), { force: true });
}

/** @param {string} dataDir @returns {{ url: string, pid: number } | undefined} */
function readAddress(dataDir) {
	try {
		const { url, pid } = JSON.parse(readFileSync(addressFile(dataDir), 'utf8'));
		return typeof url === 'string' && Number.isInteger(pid) ? { url, pid } : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The address of the server running on this data directory, if one is (a file left by a server
 * that was killed names a process that is gone, and is ignored).
 * @param {string} dataDir
 */
export function runningServerUrl(dataDir) {
	const address = readAddress(dataDir);
	return address && isRunning(address.pid) ? address.url : undefined;
}
