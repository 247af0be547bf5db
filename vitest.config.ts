import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Browser and CLI tests run once per CI run, on the embedded server; with DATABASE_URL (CI's second
 * run, on PostgreSQL 15) only the unit, use-case and HTTP tests run (scripts/test.ts says so).
 */
export const runsOnceOnly = ['browser', 'cli'];
const onEmbeddedServer = !process.env.DATABASE_URL;

const withApp = ['tests/support/global-database.ts', 'tests/support/global-build.ts'];

const projects: TestProjectInlineConfiguration[] = [
	{
		extends: true,
		test: {
			name: 'unit',
			include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
			globalSetup: ['tests/support/global-database.ts']
		}
	},
	// requests to the production build, booted in the test's process on a database of its own
	{ extends: true, test: { name: 'http', include: ['tests/http/**/*.test.ts'], globalSetup: withApp, maxWorkers: 2 } },
	// the app in Chromium
	{ extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: withApp, maxWorkers: 2 } },
	// the command line and server processes (scripts/serve.js), as operators run them
	{ extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], globalSetup: withApp, maxWorkers: 2 } }
];

export default defineConfig({
	test: {
		pool: 'forks',
		testTimeout: 30_000,
		hookTimeout: 120_000,
		projects: projects.filter((project) => onEmbeddedServer || !runsOnceOnly.includes(project.test!.name as string))
	}
});
