import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runNode } from '../support/processes.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

/**
 * The command line beside a running server on its embedded PostgreSQL server: it joins that
 * server's database, and the links it prints lead to the address the server listens at.
 */
const slow = 90_000;
// they start embedded servers of their own: the run on an external server (CI's second) skips them
const onEmbeddedRun = process.env.STICISCE_TEST_SERVER === 'embedded';
// as a shell beside the server has it: no PUBLIC_URL, no PORT
const cli = (dataDir: string, args: string[]) => runNode(['src/cli/main.ts', ...args], { DATA_DIR: dataDir, DATABASE_URL: '', PUBLIC_URL: '', PORT: '' });

let server: ServerProcess | undefined;
afterEach(async () => {
	await server?.stop('SIGTERM');
	server = undefined;
});

/** A port nobody listens on, so that the server's printed addresses can be checked whole. */
async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as { port: number };
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

describe.runIf(onEmbeddedRun)('the CLI beside a running server', () => {
	it(
		'creates an account while the server runs, with a link to the server as it listens, and creates, renames, archives and restores spaces',
		async () => {
			const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-spaces-cli-'));
			const port = await freePort();
			server = await startServerProcess({ DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: '' });
			const address = `http://127.0.0.1:${port}`;
			expect(server.url).toBe(address);
			// the first administrator's link, printed at start, names the host the server listens on
			expect(server.output()).toContain(`${address}/app/setup/`);

			const created = await cli(dataDir, ['users:create', '--email', 'ana@example.si', '--name', 'Ana Novak', '--admin']);
			expect(created.code, created.stderr).toBe(0);
			const link = created.stdout.match(/https?:\/\/\S+\/app\/reset-password\/\S+/)?.[0];
			expect(link?.startsWith(`${address}/app/reset-password/`), created.stdout).toBe(true);
			expect((await fetch(link!)).status).toBe(200);

			const space = await cli(dataDir, [
				'spaces:create',
				'--slug',
				'posavje',
				'--name',
				'Stičišče Posavje',
				'--kind',
				'regional_hub',
				'--region',
				'SI036',
				'--admin-email',
				'vodja@posavje.si'
			]);
			expect(space.code, space.stderr).toBe(0);
			expect(space.stdout).toContain(`Created space posavje: Stičišče Posavje. Its back office: ${address}/app/spaces/posavje`);
			expect(space.stdout).toContain('Invited vodja@posavje.si as its admin');
			const shown = await fetch(`${address}/api/v1/spaces/posavje`);
			expect(await shown.json()).toMatchObject({ slug: 'posavje', regionCode: 'SI036' });

			const renamed = await cli(dataDir, ['spaces:rename', '--space', 'posavje', '--slug', 'spodnje-posavje']);
			expect(renamed.code, renamed.stderr).toBe(0);
			const moved = await fetch(`${address}/api/v1/spaces/posavje`, { redirect: 'manual' });
			expect([moved.status, moved.headers.get('location')]).toEqual([308, '/api/v1/spaces/spodnje-posavje']);
			expect((await cli(dataDir, ['spaces:archive', '--space', 'spodnje-posavje'])).code).toBe(0);
			expect((await fetch(`${address}/api/v1/spaces/spodnje-posavje`)).status).toBe(404);
			expect((await cli(dataDir, ['spaces:restore', '--space', 'spodnje-posavje'])).code).toBe(0);
			expect((await fetch(`${address}/api/v1/spaces/spodnje-posavje`)).status).toBe(200);

			const refused = await cli(dataDir, ['spaces:create', '--slug', 'Ne Gre', '--name', '']);
			expect(refused.code).toBe(65);
			expect(refused.stderr).toMatch(/^slug: /m);
			expect(refused.stderr).toMatch(/^name\.sl: /m);

			await server.stop('SIGTERM');
			server = undefined;
			// a stopped server leaves no address behind for the next CLI run to use
			expect(existsSync(join(dataDir, 'server.json'))).toBe(false);
		},
		slow
	);
});
