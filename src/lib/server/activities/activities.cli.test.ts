import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import type { CommandInput } from '../manifest/manifest.ts';
import { UsageError } from '../manifest/usage-error.ts';
import { cliActor } from '../policy/actor.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { createActivityCommand, listActivitiesCommand } from './activities.cli.ts';

describe('activities:create and activities:list', () => {
	let database: DatabaseHandle;
	let file = '';
	beforeAll(async () => {
		database = await createTestDatabase();
		await createSpace({ db: database.db, context: { actor: cliActor, source: 'cli' }, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } });
		file = join(await mkdtemp(join(tmpdir(), 'activities-cli-')), 'activity.json');
		await writeFile(
			file,
			JSON.stringify({
				title: { sl: 'Mreženje v Kranju' },
				type: 'networking_event',
				pillar: 'networking',
				public: false,
				sessions: [{ startsAt: '2031-03-03T17:00:00+01:00', endsAt: '2031-03-03T20:00:00+01:00', place: { address: 'Glavni trg 4', municipalityCode: '052' } }]
			})
		);
	});
	afterAll(() => database.close());

	const input = (options: Record<string, string>) => ({ database, options, positionals: [] }) as unknown as CommandInput;

	it('adds an activity from a file and lists it, internal ones too, with its day in Ljubljana time', async () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		await createActivityCommand.run!(input({ space: 'grozd', file }));
		expect(log.mock.calls.at(-1)?.[0]).toMatch(/^added mrezenje-v-kranju \([0-9a-f-]{36}\) with 1 session/);
		await listActivitiesCommand.run!(input({ space: 'grozd' }));
		expect(log.mock.calls.at(-1)?.[0]).toMatch(/\t2031-03-03 17:00\tnetworking_event\tmrezenje-v-kranju\tMreženje v Kranju\tinternal$/);
		log.mockRestore();
	});

	it('says what is missing on the command line', async () => {
		await expect(createActivityCommand.run!(input({ space: 'grozd' }))).rejects.toBeInstanceOf(UsageError);
		await expect(listActivitiesCommand.run!(input({}))).rejects.toBeInstanceOf(UsageError);
		await expect(createActivityCommand.run!(input({ space: 'grozd', file: '/nonexistent.json' }))).rejects.toBeInstanceOf(UsageError);
	});
});
