import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createJobsRepository } from '../jobs/jobs.repository.ts';
import { jobs } from '../jobs/jobs.table.ts';
import { runDueJobs } from '../jobs/jobs.usecases.ts';
import { createMailTransport } from './mail.transport.ts';
import { mailJobHandlers, mailSendJobKind, queueMail } from './mail.usecases.ts';

const reset = {
	to: 'mojca@iskra.si',
	subject: 'Ponastavitev gesla',
	text: 'Novo geslo nastavite na https://sticisce.example.si/geslo/xyz (velja eno uro).'
};

describe('mail use cases', () => {
	let database: DatabaseHandle;
	let server: TestSmtpServer | undefined;

	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());
	afterEach(async () => {
		await server?.close();
		server = undefined;
		await database.db.delete(jobs);
	});

	it('queues a mail as a job and the job runner delivers it exactly once', async () => {
		server = await startTestSmtpServer();
		const transport = createMailTransport({ smtpUrl: server.url, mailFrom: 'Stičišče <noreply@localhost>', dataDir: '/nonexistent' });
		const job = await queueMail({ db: database.db, message: reset });
		expect(job).toMatchObject({ kind: mailSendJobKind, status: 'pending', payload: reset });

		const handlers = mailJobHandlers(transport);
		expect(await runDueJobs({ db: database.db, handlers, workerId: 'w' })).toEqual({ done: 1, retried: 0, failed: 0 });
		const received = await server.waitForMessage();
		expect(received).toMatchObject({ subject: 'Ponastavitev gesla', to: { text: 'mojca@iskra.si' } });
		expect(received.text).toContain('https://sticisce.example.si/geslo/xyz');

		expect(await runDueJobs({ db: database.db, handlers, workerId: 'w' })).toEqual({ done: 0, retried: 0, failed: 0 });
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(server.messages).toHaveLength(1);
		expect(await createJobsRepository({ db: database.db }).findById(job.id)).toMatchObject({ status: 'done', attempts: 1 });
	});

	it('refuses to queue an invalid message', async () => {
		await expect(queueMail({ db: database.db, message: { ...reset, to: 'mojca' } })).rejects.toBeInstanceOf(ZodError);
		await expect(queueMail({ db: database.db, message: { ...reset, subject: ' ' } })).rejects.toBeInstanceOf(ZodError);
		expect(await createJobsRepository({ db: database.db }).list()).toEqual([]);
	});

	it('retries a mail the server refuses later, recording the error without the SMTP password', async () => {
		server = await startTestSmtpServer({ auth: { user: 'iskra', pass: 'zelo-tajno-geslo' }, rejectRecipient: () => true });
		const transport = createMailTransport({ smtpUrl: server.url, mailFrom: 'noreply@iskra.si', dataDir: '/nonexistent' });
		const job = await queueMail({ db: database.db, message: reset });

		const before = Date.now();
		expect(await runDueJobs({ db: database.db, handlers: mailJobHandlers(transport), workerId: 'w' })).toEqual({ done: 0, retried: 1, failed: 0 });

		const row = (await createJobsRepository({ db: database.db }).findById(job.id))!;
		expect(row).toMatchObject({ status: 'pending', attempts: 1 });
		expect(row.runAt.getTime()).toBeGreaterThan(before + 25_000);
		expect(row.lastError).toMatch(/550/);
		expect(row.lastError).toContain('mojca@iskra.si');
		expect(row.lastError).not.toContain('zelo-tajno-geslo');
		expect(server.messages).toHaveLength(0);
	});
});
