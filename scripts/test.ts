// `npm test`: the whole suite (vitest projects unit, http, browser and cli), ending with one plain
// line "N passed, N failed" that CI reads. With DATABASE_URL (another PostgreSQL server) the browser
// and CLI tests are left out: they run once, on the embedded server (see vitest.config.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

// what `npm install` generates (prepare): the tsconfig in node_modules/$app, which a later
// `npm install <package>` prunes, and the compiled messages, which a changed message needs anew
const prepare = spawnSync('npm', ['run', '--silent', 'prepare'], { stdio: 'inherit' });
if (prepare.status !== 0) {
	console.log('\n0 passed, 1 failed');
	process.exit(1);
}

if (process.env.DATABASE_URL) {
	console.log('\nDATABASE_URL is set: the browser and CLI tests (tests/browser, tests/cli) are skipped on this server; they run on the embedded one.\n');
}

const report = '.tmp/vitest-report.json';
mkdirSync('.tmp', { recursive: true });
rmSync(report, { force: true });

// Node's compile cache for every process of the run (vitest's workers, the CLI and server
// processes the tests start): a CLI process spends some 0.4 of its ~3.5 s of CPU compiling
// what the cache keeps from the last one
const compileCache = resolve(process.env.NODE_COMPILE_CACHE || '.tmp/node-compile-cache');

const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, NODE_COMPILE_CACHE: compileCache }
});

let passed = 0;
let failed = 0;
if (existsSync(report)) {
	const results = JSON.parse(readFileSync(report, 'utf8'));
	passed = results.numPassedTests;
	failed = results.numFailedTests;
	// a file that fails to load has no tests to count, but it is a failure all the same
	failed += results.testResults.filter(
		(file: { status: string; assertionResults: unknown[] }) => file.status === 'failed' && file.assertionResults.length === 0
	).length;
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(run.status ?? 1);
