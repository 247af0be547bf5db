import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { people } from '../people/people.table.ts';
import { describeErrorForLog, redactPersonalData, errorSummary } from './log.ts';

describe('errors in the log', () => {
	let database: DatabaseHandle;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	it('names a failed query and its cause without the values of the row', async () => {
		const id = randomUUID();
		const row = { id, name: 'Mojca Žagar', email: 'mojca@asociacija.si', phone: '+386 41 555 666' };
		await database.db.insert(people).values(row);
		const error = await database.db
			.insert(people)
			.values(row)
			.then(
				() => undefined,
				(failure: unknown) => failure
			);
		expect(String(error)).toContain('mojca@asociacija.si');
		const logged = describeErrorForLog(error);
		expect(logged).toContain('insert into "people"');
		expect(logged).toContain('PostgreSQL error 23505');
		expect(logged).toContain('people_pkey');
		expect(logged).not.toMatch(/Mojca|Žagar|mojca@|555 666/);
		expect(logged).not.toContain(id);
		// a job's last error, read by people in the back office, is the cause alone
		expect(errorSummary(error)).toBe('duplicate key value violates unique constraint "people_pkey"');
	});

	it('masks e-mail addresses and phone numbers in messages, keeps ids readable', () => {
		expect(redactPersonalData('No account has the e-mail address ana.novak@drustvo.si.')).toBe('No account has the e-mail address [e-mail].');
		expect(redactPersonalData('call +386 40 123 456 or 01 430 20 00')).toBe('call [number] or [number]');
		const uuid = '0f8e2a52-1c3b-4d5e-8f90-123456789012';
		expect(redactPersonalData(`person ${uuid} not found`)).toBe(`person ${uuid} not found`);
		const wrapped = new Error('job failed', { cause: new Error('mail to eva@example.si bounced') });
		expect(describeErrorForLog(wrapped)).toMatch(/caused by: Error: mail to \[e-mail\] bounced/);
	});
});
