import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { AuditContext } from '../audit/audit.usecases.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { jobs } from '../jobs/jobs.table.ts';
import { runDueJobs } from '../jobs/jobs.usecases.ts';
import { createMailTransport } from '../mail/mail.transport.ts';
import type { OutgoingMail } from '../mail/mail.schemas.ts';
import { mailJobHandlers } from '../mail/mail.usecases.ts';
import { personReferencesOf } from '../manifest/manifest.ts';
import { addMembership } from '../memberships/memberships.usecases.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { personForEmail } from '../people/people-by-email.usecases.ts';
import { erasePerson } from '../people/people.gdpr.ts';
import { people } from '../people/people.table.ts';
import { anonymous, cliActor } from '../policy/actor.ts';
import { rateLimits } from '../rate-limit/rate-limit.table.ts';
import type { SpaceRef } from '../spaces/space-scope.ts';
import { createTeamFixture, publicUrl } from '../team/team.test-fixtures.ts';
import { modules } from '../modules.ts';
import { installCommentSubjects, type CommentSubjectFacts } from './comment-subjects.ts';
import { commentFormToken } from './comment-spam.ts';
import { comments } from './comments.table.ts';
import {
	changeCommentStatus,
	listCommentQueue,
	listComments,
	listPublishedComments,
	moderateComments,
	postComment,
	setCommentModeration
} from './comments.usecases.ts';

const cli: AuditContext = { actor: cliActor, source: 'cli' };
const visitor: AuditContext = { actor: anonymous, source: 'form' };

describe('comments on a subject', () => {
	let database: DatabaseHandle;
	let fixture: Awaited<ReturnType<typeof createTeamFixture>>;
	let space: SpaceRef;
	let staff: AuditContext;
	let smtp: TestSmtpServer;
	const facts: Record<string, CommentSubjectFacts> = {};
	let address = 0;

	/** A comment sent through the form by a visitor, the form shown `waited` seconds before. */
	async function send(fields: Record<string, unknown>, { context = visitor, waited = 20 }: { context?: AuditContext; waited?: number } = {}) {
		const started = await commentFormToken(database.db, new Date(Date.now() - waited * 1000));
		return postComment({
			db: database.db,
			context,
			clientAddress: `192.0.2.${++address}`,
			publicUrl,
			input: { subject: 'test_post:letni-zbor', name: 'Mojca Kovač', email: 'mojca@example.si', body: 'Hvala za povzetek srečanja.', started, ...fields }
		});
	}
	const queuedMails = async () => (await database.db.select().from(jobs)).map((job) => job.payload as OutgoingMail);

	beforeAll(async () => {
		database = await createTestDatabase();
		smtp = await startTestSmtpServer();
		fixture = await createTeamFixture(database);
		space = { id: fixture.space.id, slug: 'grozd', name: fixture.space.name };
		staff = await fixture.contextOf(await fixture.person('ana@grozd.si', 'Ana Novak', 'staff'));
		facts['letni-zbor'] = {
			spaceId: space.id,
			title: 'Letni zbor mreže 2021',
			url: '/spaces/grozd/posts/letni-zbor',
			authorEmail: 'urednica@grozd.si',
			authorLocale: 'sl',
			open: true
		};
		facts['english-post'] = { ...facts['letni-zbor'], title: 'Annual meeting', url: '/en/spaces/grozd/posts/annual', authorLocale: 'en' };
		facts.zaprto = { ...facts['letni-zbor'], open: false };
		// a subject kind of the test's own: fixed facts, no table
		installCommentSubjects([{ name: 'test', commentSubjects: [{ kind: 'test_post', find: async (_db, id) => facts[id] ?? null }] }]);
	});
	afterAll(async () => {
		installCommentSubjects(modules);
		await smtp.close();
		await database.close();
	});
	beforeEach(async () => {
		await database.db.delete(jobs);
		await database.db.delete(rateLimits);
	});

	it('holds a visitor’s comment until staff approve it, mails the author, and then shows it without the e-mail', async () => {
		const sent = await send({});
		expect(sent).toMatchObject({ status: 'held', url: '/spaces/grozd/posts/letni-zbor' });
		expect(await listPublishedComments({ db: database.db, subject: { kind: 'test_post', id: 'letni-zbor' } })).toEqual([]);

		// the author's mail, through the queue to a real SMTP server, in Slovenian with the queue's link
		const [mail] = await queuedMails();
		expect(mail).toMatchObject({ to: 'urednica@grozd.si', subject: 'Nov komentar: Letni zbor mreže 2021' });
		const transport = createMailTransport({ smtpUrl: smtp.url, mailFrom: 'Stičišče <noreply@nvo.example.si>', dataDir: '/nonexistent' });
		expect(await runDueJobs({ db: database.db, handlers: mailJobHandlers(transport), workerId: 'test' })).toEqual({ done: 1, retried: 0, failed: 0 });
		const received = await smtp.waitForMessage((message) => JSON.stringify(message.to).includes('urednica@grozd.si'));
		expect(received.text).toContain('Mojca Kovač je komentiral(-a) vašo objavo »Letni zbor mreže 2021«');
		expect(received.text).toContain('Hvala za povzetek srečanja.');
		expect(received.text).toContain('Komentar čaka na odobritev');
		expect(received.text).toContain(`${publicUrl}/app/spaces/grozd/comments`);
		expect(received.text).not.toContain('mojca@example.si');

		const queue = await listCommentQueue({ db: database.db, actor: staff.actor, space });
		expect(queue.counts).toMatchObject({ held: 1, published: 0 });
		expect(queue.items[0]).toMatchObject({ id: sent.id, authorEmail: 'mojca@example.si', status: 'held', subject: 'test_post:letni-zbor' });

		await moderateComments({ db: database.db, context: staff, space, input: { ids: [sent.id], status: 'published' } });
		const shown = await listPublishedComments({ db: database.db, subject: { kind: 'test_post', id: 'letni-zbor' } });
		expect(shown).toEqual([{ id: sent.id, authorName: 'Mojca Kovač', organisation: null, body: 'Hvala za povzetek srečanja.', createdAt: expect.any(String) }]);
		expect(JSON.stringify(shown)).not.toContain('@');
		const audit = await createAuditRepository({ db: database.db }).entriesAbout('comment', sent.id);
		expect(audit.map((entry) => entry.action).sort()).toEqual(['comment.create', 'comment.moderate']);
		expect(JSON.stringify(audit)).not.toContain('mojca@example.si');
	});

	it('writes the author’s mail in their language and tells them when the comment is published already', async () => {
		await setCommentModeration({ db: database.db, context: staff, space, input: { moderation: 'post' } });
		try {
			const sent = await send({ subject: 'test_post:english-post', email: 'reader@example.org' });
			expect(sent.status).toBe('published');
			const [mail] = await queuedMails();
			expect(mail!.subject).toBe('New comment: Annual meeting');
			expect(mail!.text).toContain('The comment is already published');
			expect(mail!.text).toContain(`${publicUrl}/en/app/spaces/grozd/comments?status=published`);
			expect(mail!.text).toContain(`${publicUrl}/en/spaces/grozd/posts/annual`);
		} finally {
			await setCommentModeration({ db: database.db, context: staff, space, input: { moderation: 'pre' } });
		}
	});

	it('puts spam aside, never deletes it, mails nobody and adds nobody to the registry; staff restore it', async () => {
		const cases: [Record<string, unknown>, { waited?: number }, string][] = [
			[{ website: 'https://cheap.example', email: 'bot1@example.com' }, {}, 'honeypot'],
			[{ body: 'Poglejte https://a.example https://b.example https://c.example www.d.example', email: 'bot2@example.com' }, {}, 'links'],
			[{ body: 'Best CASINO bonus today', email: 'bot3@example.com' }, {}, 'words'],
			[{ email: 'bot4@example.com' }, { waited: 1 }, 'too_fast'],
			[{ email: 'bot5@example.com', started: '1700000000000.forged' }, {}, 'bad_timestamp']
		];
		const ids: string[] = [];
		for (const [fields, options, reason] of cases) {
			const sent = await send(fields, options);
			expect(sent.status, reason).toBe('spam');
			const [row] = await database.db.select().from(comments).where(eq(comments.id, sent.id));
			expect(row!.spamReasons).toContain(reason);
			expect(row!.personId).toBeNull();
			ids.push(sent.id);
		}
		// a form without its signed time at all is a robot's; the API may send none
		expect((await send({ email: 'bot6@example.com', started: undefined })).status).toBe('spam');
		expect((await send({ email: 'api@example.org', started: undefined }, { context: { actor: anonymous, source: 'api' } })).status).toBe('held');
		expect((await queuedMails()).length).toBe(1);
		expect(await database.db.select().from(people).where(eq(people.email, 'bot1@example.com'))).toEqual([]);

		const spam = await listCommentQueue({ db: database.db, actor: staff.actor, space, status: 'spam' });
		expect(spam.total).toBe(6);
		await moderateComments({ db: database.db, context: staff, space, input: { ids: [ids[3]!], status: 'held' } });
		const [restored] = await database.db.select().from(comments).where(eq(comments.id, ids[3]!));
		expect(restored).toMatchObject({ status: 'held', authorEmail: 'bot4@example.com' });
		expect(restored!.personId).not.toBeNull();
		expect((await listCommentQueue({ db: database.db, actor: staff.actor, space, status: 'spam' })).total).toBe(5);
	});

	it('publishes at once where the space post-moderates, and staff can hide it again', async () => {
		await setCommentModeration({ db: database.db, context: staff, space, input: { moderation: 'post' } });
		const sent = await send({ body: 'Takoj objavljeno.' });
		expect(sent.status).toBe('published');
		expect((await listPublishedComments({ db: database.db, subject: { kind: 'test_post', id: 'letni-zbor' } })).map((c) => c.body)).toContain(
			'Takoj objavljeno.'
		);
		await changeCommentStatus({ db: database.db, context: staff, id: sent.id, input: { status: 'hidden' } });
		expect((await listPublishedComments({ db: database.db, subject: { kind: 'test_post', id: 'letni-zbor' } })).map((c) => c.body)).not.toContain(
			'Takoj objavljeno.'
		);
		await setCommentModeration({ db: database.db, context: staff, space, input: { moderation: 'pre' } });
		expect((await send({ body: 'Spet čaka.' })).status).toBe('held');
	});

	it('lets only the space’s staff moderate and see e-mails and statuses', async () => {
		const sent = await send({ body: 'Za osebje.' });
		const outsider = await fixture.contextOf(await fixture.person('tuji@example.si', 'Tuji'));
		await expect(moderateComments({ db: database.db, context: outsider, space, input: { ids: [sent.id], status: 'published' } })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(changeCommentStatus({ db: database.db, context: visitor, id: sent.id, input: { status: 'published' } })).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		const publicView = await listComments({ db: database.db, actor: anonymous, subject: 'test_post:letni-zbor' });
		expect(JSON.stringify(publicView)).not.toContain('@example');
		expect(publicView.items.every((item) => !('status' in item))).toBe(true);
		const staffView = await listComments({ db: database.db, actor: staff.actor, subject: 'test_post:letni-zbor' });
		expect(staffView.items.find((item) => item.id === sent.id)).toMatchObject({ status: 'held', authorEmail: 'mojca@example.si' });
	});

	it('marks the comment of a signed-in person with their member organisation', async () => {
		const organisation = await createOrganisation({
			db: database.db,
			context: cli,
			input: { name: 'Društvo Gorenjski prostovoljci', legalForm: 'association' }
		});
		await addMembership({ db: database.db, context: cli, space, organisationId: organisation.id, input: { status: 'member' } });
		const user = await fixture.person('petra@prostovoljci.si', 'Petra Zupan');
		await database.db.transaction((tx) => personForEmail({ db: tx, name: 'Petra Zupan', email: 'petra@prostovoljci.si', organisationId: organisation.id }));
		const sent = await send({ name: 'Petra Zupan', email: 'petra@prostovoljci.si', body: 'Se strinjamo.' }, { context: await fixture.contextOf(user) });
		await moderateComments({ db: database.db, context: staff, space, input: { ids: [sent.id], status: 'published' } });
		const shown = await listPublishedComments({ db: database.db, subject: { kind: 'test_post', id: 'letni-zbor' } });
		expect(shown.find((comment) => comment.id === sent.id)).toMatchObject({ authorName: 'Petra Zupan', organisation: 'Društvo Gorenjski prostovoljci' });
		// a visitor typing the same address is not marked: the mark needs the account
		const typed = await send({ name: 'Petra?', email: 'petra@prostovoljci.si', body: 'Nisem prijavljena.' });
		const [row] = await database.db.select().from(comments).where(eq(comments.id, typed.id));
		expect(row!.organisationId).toBeNull();
	});

	it('refuses closed and unknown subjects and names the field of each mistake', async () => {
		await expect(send({ subject: 'test_post:zaprto' })).rejects.toMatchObject({ code: 'comments_closed' });
		await expect(send({ subject: 'test_post:ni-ga' })).rejects.toMatchObject({ code: 'comment_subject_not_found' });
		await expect(send({ subject: 'nothing' })).rejects.toMatchObject({ code: 'comment_subject_invalid' });
		const error = await send({ name: ' ', email: 'ni-naslov', body: '' }).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ZodError);
		expect((error as ZodError).issues.map((issue) => issue.path[0]).sort()).toEqual(['body', 'email', 'name']);
	});

	it('limits comments per e-mail and per address', async () => {
		for (let i = 0; i < 10; i++) await send({ email: 'vneta@example.si', body: `Komentar ${i}` });
		await expect(send({ email: 'vneta@example.si' })).rejects.toMatchObject({ code: 'comment_rate_limited', details: { retryAfterMinutes: 60 } });
		const fromOne = () =>
			postComment({
				db: database.db,
				context: visitor,
				clientAddress: '198.51.100.7',
				publicUrl,
				input: { subject: 'test_post:letni-zbor', name: 'Isti', email: `n${Math.random()}@example.si`, body: 'Z enega naslova.' }
			});
		for (let i = 0; i < 20; i++) await fromOne();
		await expect(fromOne()).rejects.toMatchObject({ code: 'comment_rate_limited' });
	});

	it('blanks the name and e-mail of an erased person’s comments and keeps the thread', async () => {
		const sent = await send({ name: 'Jure Brišem', email: 'jure@example.si', body: 'Ostane, brez imena.' });
		const [row] = await database.db.select().from(comments).where(eq(comments.id, sent.id));
		await erasePerson({ db: database.db, context: cli, id: row!.personId!, references: personReferencesOf(modules) });
		const [erased] = await database.db.select().from(comments).where(eq(comments.id, sent.id));
		expect(erased).toMatchObject({ authorEmail: null, body: 'Ostane, brez imena.' });
		expect(erased!.authorName).not.toContain('Jure');
	});
});
