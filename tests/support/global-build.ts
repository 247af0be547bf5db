import { spawnSync } from 'node:child_process';
import sparticuz from '@sparticuz/chromium';

/**
 * The app tests run the production build, as users do; build it once per test run. Chromium is
 * unpacked from its npm package here too, once: two test files unpacking it at the same moment
 * would start a half-written program (ETXTBSY).
 */
export default async function setup(): Promise<void> {
	// the http, browser and cli projects all list this setup: the first one in a run does the work
	if (process.env.STICISCE_TEST_BUILT) return;
	await sparticuz.executablePath();
	if (process.env.STICISCE_TEST_SKIP_BUILD !== '1') {
		const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
		if (result.status !== 0) throw new Error('vite build failed');
	}
	process.env.STICISCE_TEST_BUILT = '1';
}
