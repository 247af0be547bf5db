import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration', () => {
	it('defaults to PGlite in ./data with demo content', () => {
		expect(loadConfig({})).toEqual({ dataDir: resolve('./data'), databaseUrl: undefined, loadDemo: true });
	});

	it('switches to PostgreSQL with DATABASE_URL and skips the demo with STICISCE_DEMO=0', () => {
		const config = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', STICISCE_DEMO: '0', DATA_DIR: '/srv/x' });
		expect(config).toEqual({ dataDir: '/srv/x', databaseUrl: 'postgres://u@h:5432/db', loadDemo: false });
	});

	it('treats an empty DATABASE_URL as unset', () => {
		expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
	});

	it('explains a DATABASE_URL that is not PostgreSQL', () => {
		expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres:\/\//);
	});

	it('explains an STICISCE_DEMO value it does not understand', () => {
		expect(() => loadConfig({ STICISCE_DEMO: 'maybe' })).toThrow(/STICISCE_DEMO/);
	});
});
