import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { jobs } from '../jobs/jobs.table.ts';
import { runDueJobs } from '../jobs/jobs.usecases.ts';
import { createMailTransport } from '../mail/mail.transport.ts';
import { mailJobHandlers } from '../mail/mail.usecases.ts';
import { asCli, createTeamFixture, publicUrl } from './team.test-fixtures.ts';
import { inviteToSpace } from './team.invitations.usecases.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';

describe('invitation mail', () => {
	let database: DatabaseHandle;
	let server: TestSmtpServer;
	let fixture: Awaited<ReturnType<typeof createTeamFixture>>;

	const deliver = async () => {
		const transport = createMailTransport({ smtpUrl: server.url, mailFrom: 'Stičišče <noreply@nvo.example.si>', dataDir: '/nonexistent' });
		return runDueJobs({ db: database.db, handlers: mailJobHandlers(transport), workerId: 'test' });
	};

	beforeAll(async () => {
		database = await createTestDatabase();
		server = await startTestSmtpServer();
		fixture = await createTeamFixture(database);
	});
	afterAll(async () => {
		await server.close();
		await database.close();
	});

	it('reaches the invited address in Slovenian, naming the space, the role, who invites and the link', async () => {
		const ana = await fixture.person('ana@grozd.si', 'Ana Novak', 'admin');
		await fixture.invite(await fixture.contextOf(ana), { email: 'eva@example.si', role: 'staff', locale: 'sl' });
		expect(await deliver()).toEqual({ done: 1, retried: 0, failed: 0 });
		const mail = await server.waitForMessage((message) => message.to !== undefined && JSON.stringify(message.to).includes('eva@example.si'));
		expect(mail.subject).toBe('Vabilo v ekipo Stičišče Grozd na platformi Stičišče');
		expect(mail.from?.value[0]).toMatchObject({ address: 'noreply@nvo.example.si' });
		const text = mail.text!;
		expect(text).toContain('Pozdravljeni!');
		expect(text).toContain('ekipi Stičišče Grozd');
		expect(text).toContain('v vlogi: sodelavec');
		expect(text).toContain('Vabilo vam pošilja Ana Novak.');
		expect(text).toContain('velja 7 dni');
		expect(text).toMatch(new RegExp(`${publicUrl}/app/invitations/[\\w-]{40,}`));
	});

	it('goes to one address at most three times an hour, however often someone invites it again', async () => {
		const bor = await fixture.person('bor@grozd.si', 'Bor Kos', 'admin');
		const context = await fixture.contextOf(bor);
		const space = await findSpaceRef(database.db, 'grozd');
		const again = () => inviteToSpace({ db: database.db, context, publicUrl, space, input: { email: 'flood@example.si', role: 'viewer' } });
		for (let i = 0; i < 3; i++) await again();
		await expect(again()).rejects.toMatchObject({ code: 'invitation_rate_limited', details: { retryAfterMinutes: 60 } });
		const queued = (await database.db.select().from(jobs)).filter((job) => JSON.stringify(job.payload).includes('flood@example.si'));
		expect(queued).toHaveLength(3);
	});

	it('is written in English when the admin chooses English, with an English link', async () => {
		await database.db.delete(jobs);
		await inviteToSpace({
			db: database.db,
			context: asCli,
			publicUrl,
			space: await findSpaceRef(database.db, 'grozd'),
			input: { email: 'john@example.org', role: 'viewer', locale: 'en' }
		});
		expect(await deliver()).toEqual({ done: 1, retried: 0, failed: 0 });
		const mail = await server.waitForMessage((message) => JSON.stringify(message.to).includes('john@example.org'));
		expect(mail.subject).toBe('Invitation to join Grozd hub on Stičišče');
		const text = mail.text!;
		expect(text).toContain('Hello,');
		expect(text).toContain('the team of Grozd hub on Stičišče in the role: viewer.');
		expect(text).toContain('valid for 7 days');
		// the command line is nobody to name
		expect(text).not.toContain('The invitation is from');
		expect(text).toMatch(new RegExp(`${publicUrl}/en/app/invitations/[\\w-]{40,}`));
	});
});
