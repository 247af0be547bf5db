import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Browser and CLI tests run once per CI run, on the embedded server; with DATABASE_URL (CI's second
 * run, on PostgreSQL 15) only the unit, use-case and HTTP tests run (scripts/test.ts says so).
 */
export const runsOnceOnly = ['browser', 'cli'];
const onEmbeddedServer = !process.env.DATABASE_URL;

const withApp = ['tests/support/global-database.ts', 'tests/support/global-build.ts'];

const projects: TestProjectInlineConfiguration[] = [
	// use cases and pure functions; each file makes a database of its own. Files share a worker
	// process and its loaded modules (drizzle, the schema, the use cases: some 3 s of CPU a file
	// when every file loaded them again)
	{
		extends: true,
		test: {
			name: 'unit',
			include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
			globalSetup: ['tests/support/global-database.ts'],
			isolate: false
		}
	},
	// The projects below boot the production build in the test process, one app (and one database)
	// per file, so they keep a process per file: the built server keeps its database for the life
	// of the process (hooks.server.ts stops the app on the first `sveltekit:shutdown` only).
	// requests to the production build, booted in the test's process on a database of its own
	{ extends: true, test: { name: 'http', include: ['tests/http/**/*.test.ts'], globalSetup: withApp } },
	// the app in Chromium
	{ extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: withApp } },
	// the command line and server processes (scripts/serve.js), as operators run them
	{ extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], globalSetup: withApp } }
];

export default defineConfig({
	test: {
		pool: 'forks',
		testTimeout: 30_000,
		hookTimeout: 120_000,
		// every project in one queue of two workers (projects with different maxWorkers run one
		// after another), browser and CLI files first: they take longest
		maxWorkers: 2,
		projects: projects.filter((project) => onEmbeddedServer || !runsOnceOnly.includes(project.test!.name as string))
	}
});
