import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { anonymous, type Actor } from '../../policy/actor.ts';
import { exportAllowances, exportWithinLimits } from './export-limits.ts';

const staff: Actor = { kind: 'session', userId: 'staff-1', email: 'staff@example.si', name: 'Staff', isPlatformAdmin: false, memberships: new Map() };

describe('exports within limits', () => {
	let database: DatabaseHandle;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	const start = (address: string, actor: Actor = anonymous) =>
		exportWithinLimits({ db: database.db, requester: { actor, address }, exportAs: anonymous, filter: {}, format: 'csv' });

	it('runs at most two anonymous exports at once in a process; a finished or abandoned one frees its place', async () => {
		expect(exportAllowances.anonymous.running).toBe(2);
		const first = await start('10.0.0.1');
		const second = await start('10.0.0.2');
		await expect(start('10.0.0.3')).rejects.toMatchObject({ code: 'export_busy', kind: 'rate_limited', details: { retryAfterSeconds: 10 } });
		// signed-in staff have places of their own
		await buffer(await start('10.0.0.3', staff));

		await first.cancel();
		const third = await start('10.0.0.3');
		await expect(start('10.0.0.4')).rejects.toMatchObject({ code: 'export_busy' });
		expect((await buffer(second)).toString('utf8')).toContain('registration_number');
		await buffer(third);
		await buffer(await start('10.0.0.4'));
	});

	it('counts exports per address in a window shared by every process, and per account for staff', async () => {
		const { perWindow, windowSeconds } = exportAllowances.anonymous;
		for (let index = 0; index < perWindow; index++) await buffer(await start('10.1.0.1'));
		const refused = await start('10.1.0.1').catch((error: unknown) => error);
		expect(refused).toMatchObject({ code: 'export_rate_limited', kind: 'rate_limited' });
		const { retryAfterSeconds } = (refused as { details: { retryAfterSeconds: number } }).details;
		expect(retryAfterSeconds).toBeGreaterThan(windowSeconds - 60);
		expect(retryAfterSeconds).toBeLessThanOrEqual(windowSeconds);
		// the refusal gave its place back, another address and a signed-in person still export
		await buffer(await start('10.1.0.2'));
		await buffer(await start('10.1.0.1', staff));
		expect(exportAllowances.signedIn.perWindow).toBeGreaterThan(perWindow);
	});

	it('takes the place back from a reader that stops reading, and cuts its download off', async () => {
		const slow = () =>
			exportWithinLimits({
				db: database.db,
				requester: { actor: anonymous, address: '10.2.0.1' },
				exportAs: anonymous,
				filter: {},
				format: 'csv',
				stallMs: 200
			});
		const first = (await slow()).getReader();
		const second = (await slow()).getReader();
		await first.read();
		await expect(start('10.2.0.2')).rejects.toMatchObject({ code: 'export_busy' });
		await new Promise((resolve) => setTimeout(resolve, 400));
		// both stopped reading: one after a chunk, one before any
		await buffer(await start('10.2.0.2'));
		await expect(first.read()).rejects.toThrow('The export was not read for 200 ms');
		await expect(second.read()).rejects.toThrow('The export was not read for 200 ms');
	});
});
