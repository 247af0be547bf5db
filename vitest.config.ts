import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		pool: 'forks',
		testTimeout: 30_000,
		hookTimeout: 120_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					globalSetup: ['tests/support/global-database.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'app',
					include: ['tests/app/**/*.test.ts'],
					globalSetup: ['tests/support/global-database.ts', 'tests/support/global-build.ts'],
					// each file boots a server and perhaps a browser; two at a time fit two cores
					maxWorkers: 2
				}
			}
		]
	}
});
