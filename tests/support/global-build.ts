import { spawnSync } from 'node:child_process';

/** The app tests run the production build, as users do; build it once per test run. */
export default function setup(): void {
	if (process.env.STICISCE_TEST_SKIP_BUILD === '1') return;
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
	if (result.status !== 0) throw new Error('vite build failed');
}
