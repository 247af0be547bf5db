import { describe, expect, it } from 'vitest';
import { createPostgresDatabase, dropPostgresDatabase } from '../../../../tests/support/database.ts';
import { loadDemoContentIfEmpty } from '../demo/demo.usecases.ts';
import { createSpacesRepository } from '../spaces/spaces.repository.ts';
import { openPostgres } from './client.ts';

const adminUrl = process.env.DATABASE_URL;

describe.runIf(adminUrl)('first start of several processes on one PostgreSQL database', () => {
	it('migrates and loads the demo once, without either process failing', async () => {
		const { name, url } = await createPostgresDatabase(adminUrl!, { empty: true });
		const processes = [openPostgres({ url }), openPostgres({ url }), openPostgres({ url })];
		try {
			const loads: string[][] = [];
			await Promise.all(
				processes.map((database) =>
					database.migrate(async (db) => {
						const loaded = await loadDemoContentIfEmpty({ db });
						if (loaded) loads.push(loaded.spaces?.created ?? []);
					})
				)
			);
			expect(loads).toHaveLength(1);
			expect(await createSpacesRepository({ db: processes[0]!.db }).count()).toBe(4);
		} finally {
			await Promise.all(processes.map((database) => database.close()));
			await dropPostgresDatabase(adminUrl!, name);
		}
	});
});
