import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { startAnsweringSmtpServer } from '../../../../tests/support/newsletter-smtp.ts';
import { seedMember } from '../../../../tests/support/seed-members.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import { jobs } from '../jobs/jobs.table.ts';
import type { OutgoingMail } from '../mail/mail.schemas.ts';
import { mailSendJobKind } from '../mail/mail.usecases.ts';
import { createMailTransport } from '../mail/mail.transport.ts';
import { affiliations, consents, people } from '../people/people.table.ts';
import { cliActor } from '../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../spaces/space-scope.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { sendDigest, type DigestComposer } from './digest-sending.ts';
import { countRecipients } from './newsletters.audience.ts';
import { sendCampaignSlice } from './newsletters.sending.ts';
import { campaignJobKind, digestJobKind, lastPeriod } from './newsletters.shared.ts';
import { confirmSignUp, describeUnsubscribe, signUp, unsubscribe } from './newsletters.signup.ts';
import { newsletterDeliveries, newsletterKeys, newsletterLists } from './newsletters.table.ts';
import { createCampaign, createList, findList, getCampaign, sendCampaign } from './newsletters.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const publicUrl = 'http://sticisce.test';

describe('newsletters', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let memberId: string;
	let otherOrgId: string;
	let staff: { actor: ReturnType<typeof personIn>; source: 'form' };

	beforeAll(async () => {
		database = await createTestDatabase();
		await createSpace({ db: database.db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		hub = await findSpaceRef(database.db, 'nvo-vid');
		staff = { actor: personIn(hub.id, 'staff'), source: 'form' };
		memberId = await seedMember(database.db, 'nvo-vid', 'Društvo Slepih', '061');
		const [other] = rowsOf<{ id: string }>(
			await database.db.execute(
				sql`insert into organisations (name, legal_form, search_text, sort_name) values ('Ne-članica', 'association', 'ne clanica', 'ne clanica') returning id`
			)
		);
		otherOrgId = other!.id;
	});
	afterAll(() => database.close());

	let counter = 0;
	/** A person of `organisationId` with newsletter consents given (true) and withdrawn (false) in this order. */
	async function person(organisationId: string, history: boolean[], email = `oseba${++counter}@example.si`) {
		const db = database.db;
		const [row] = await db.insert(people).values({ name: email, email }).returning();
		await db.insert(affiliations).values({ personId: row!.id, organisationId });
		let at = Date.now() - 100_000;
		for (const granted of history)
			await db.insert(consents).values({ personId: row!.id, purpose: 'newsletter', granted, source: 'test', recordedAt: new Date((at += 1000)) });
		return row!;
	}

	const pendingJobs = (kind: string) =>
		database.db
			.select()
			.from(jobs)
			.where(and(eq(jobs.kind, kind), eq(jobs.status, 'pending')));

	it('reaches the people of member organisations whose newsletter consent in force is given, and nobody who withdrew it', async () => {
		const list = await createList({ db: database.db, context: staff, space: hub, publicUrl, input: { nameSl: 'Članice', audience: 'members' } });
		const given = await person(memberId, [true]);
		await person(memberId, [true, false]); // withdrew: the latest counts
		const regranted = await person(memberId, [false, true]);
		await person(memberId, []); // never asked
		await person(otherOrgId, [true]); // not a member
		const row = await findList(database.db, list.id);
		expect(await countRecipients(database.db, row)).toBe(2);

		const campaign = await createCampaign({
			db: database.db,
			context: staff,
			space: hub,
			input: { listId: list.id, subjectSl: 'Vabilo', bodySl: 'Pozdravljeni' }
		});
		await sendCampaign({ db: database.db, context: staff, space: hub, id: campaign.id, publicUrl });
		const deliveries = await database.db.select().from(newsletterDeliveries).where(eq(newsletterDeliveries.campaignId, campaign.id));
		expect(deliveries.map((d) => d.email).sort()).toEqual([given.email, regranted.email].sort());

		// a region list: the member's region is Osrednjeslovenska (municipality 061)
		const region = await createList({
			db: database.db,
			context: staff,
			space: hub,
			publicUrl,
			input: { nameSl: 'Gorenjska', audience: 'region', regionCode: 'SI042' }
		});
		expect(region.recipients).toBe(0);
		const central = await createList({
			db: database.db,
			context: staff,
			space: hub,
			publicUrl,
			input: { nameSl: 'Osrednja', audience: 'region', regionCode: 'SI041' }
		});
		expect(central.recipients).toBe(2);
	});

	it('double opt-in: a sign-up mails only the confirmation link, nothing reaches the address until it is followed', async () => {
		const list = await createList({
			db: database.db,
			context: staff,
			space: hub,
			publicUrl,
			input: { nameSl: 'E-novice', nameEn: 'Newsletter', audience: 'public' }
		});
		const row = await findList(database.db, list.id);
		const before = (await pendingJobs(mailSendJobKind)).length;
		const result = await signUp({ db: database.db, listId: list.id, input: { email: 'Vera@Example.si', locale: 'en' }, clientAddress: '10.0.0.1', publicUrl });
		expect(result.status).toBe('pending');
		const mails = (await pendingJobs(mailSendJobKind)).slice(before).map((job) => job.payload as OutgoingMail);
		expect(mails).toHaveLength(1);
		expect(mails[0]!.to).toBe('vera@example.si');
		expect(mails[0]!.subject).toContain('Confirm');
		const link = mails[0]!.text.match(/http:\/\/sticisce\.test\/en\/newsletters\/confirm\/([A-Za-z0-9_-]+)/);
		expect(link).not.toBeNull();
		// not a recipient, not in the registry, and a campaign now sends it nothing
		expect(await countRecipients(database.db, row)).toBe(0);
		expect(
			await database.db
				.select()
				.from(people)
				.where(sql`lower(${people.email}) = 'vera@example.si'`)
		).toHaveLength(0);
		const early = await createCampaign({
			db: database.db,
			context: staff,
			space: hub,
			input: { listId: list.id, subjectSl: 'Prve novice', bodySl: 'Besedilo' }
		});
		const sentEarly = await sendCampaign({ db: database.db, context: staff, space: hub, id: early.id, publicUrl });
		expect(sentEarly.deliveries.pending).toBe(0);

		// the honeypot: refused, nothing stored
		await expect(
			signUp({ db: database.db, listId: list.id, input: { email: 'bot@example.si', website: 'x' }, clientAddress: '10.0.0.2', publicUrl })
		).rejects.toMatchObject({
			code: 'newsletter_signup_refused'
		});

		const confirmed = await confirmSignUp({ db: database.db, token: link![1]! });
		expect(confirmed).toMatchObject({ listName: 'Newsletter', alreadyConfirmed: false });
		expect(await countRecipients(database.db, row)).toBe(1);
		const [vera] = await database.db
			.select()
			.from(people)
			.where(sql`lower(${people.email}) = 'vera@example.si'`);
		const [consent] = await database.db.select().from(consents).where(eq(consents.personId, vera!.id));
		expect(consent).toMatchObject({ purpose: 'newsletter', granted: true, source: 'newsletter sign-up form, list E-novice, IP-less' });
		// idempotent
		expect(await confirmSignUp({ db: database.db, token: link![1]! })).toMatchObject({ alreadyConfirmed: true });
		expect(await database.db.select().from(consents).where(eq(consents.personId, vera!.id))).toHaveLength(1);

		// an expired link is explained
		await signUp({ db: database.db, listId: list.id, input: { email: 'late@example.si' }, clientAddress: '10.0.0.1', publicUrl });
		const lateMail = (await pendingJobs(mailSendJobKind)).map((job) => job.payload as OutgoingMail).find((mail) => mail.to === 'late@example.si');
		const lateToken = lateMail!.text.match(/\/newsletters\/confirm\/([A-Za-z0-9_-]+)/)![1]!;
		await expect(confirmSignUp({ db: database.db, token: lateToken, now: new Date(Date.now() + 8 * 86_400_000) })).rejects.toMatchObject({
			code: 'newsletter_confirm_link_expired'
		});
		await expect(confirmSignUp({ db: database.db, token: 'not-a-real-token-at-all' })).rejects.toMatchObject({ code: 'newsletter_confirm_link_invalid' });
		// a members list takes no sign-ups
		const members = await createList({ db: database.db, context: staff, space: hub, publicUrl, input: { nameSl: 'Samo članice', audience: 'members' } });
		await expect(signUp({ db: database.db, listId: members.id, input: { email: 'x@example.si' }, clientAddress: '10.0.0.3', publicUrl })).rejects.toMatchObject(
			{
				code: 'newsletter_list_not_public'
			}
		);
	});

	it('unsubscribes by the page and by the RFC 8058 one-click POST, each once, and the list then leaves the address out', async () => {
		const list = await createList({ db: database.db, context: staff, space: hub, publicUrl, input: { nameSl: 'Odjave', audience: 'members' } });
		const row = await findList(database.db, list.id);
		const a = await person(memberId, [true]);
		const b = await person(memberId, [true]);
		const before = await countRecipients(database.db, row);
		const campaign = await createCampaign({ db: database.db, context: staff, space: hub, input: { listId: list.id, subjectSl: 'Novice', bodySl: 'Besedilo' } });
		await sendCampaign({ db: database.db, context: staff, space: hub, id: campaign.id, publicUrl });
		const keyOf = async (email: string) =>
			(
				await database.db
					.select()
					.from(newsletterKeys)
					.where(and(eq(newsletterKeys.listId, list.id), eq(newsletterKeys.email, email)))
			)[0]!.token;

		const tokenA = await keyOf(a.email!);
		// the page (a GET) changes nothing
		expect(await describeUnsubscribe({ db: database.db, token: tokenA, locale: 'sl' })).toMatchObject({
			email: a.email,
			unsubscribed: false,
			listName: 'Odjave'
		});
		expect(await countRecipients(database.db, row)).toBe(before);
		expect(await unsubscribe({ db: database.db, token: tokenA, source: 'link' })).toMatchObject({ alreadyUnsubscribed: false });
		expect(await unsubscribe({ db: database.db, token: tokenA, source: 'link' })).toMatchObject({ alreadyUnsubscribed: true });
		expect(await unsubscribe({ db: database.db, token: await keyOf(b.email!), source: 'one-click' })).toMatchObject({ alreadyUnsubscribed: false });
		expect(await countRecipients(database.db, row)).toBe(before - 2);
		expect(await describeUnsubscribe({ db: database.db, token: tokenA, locale: 'sl' })).toMatchObject({ unsubscribed: true });
		await expect(unsubscribe({ db: database.db, token: 'f'.repeat(64), source: 'one-click' })).rejects.toMatchObject({
			code: 'newsletter_unsubscribe_link_invalid'
		});
	});

	it('backs off when the mail server throttles (421), then delivers; a 550 is recorded as bounced with the answer', async () => {
		const list = await createList({ db: database.db, context: staff, space: hub, publicUrl, input: { nameSl: 'Pošiljanje', audience: 'public' } });
		const addresses = ['a1@example.si', 'a2@example.si', 'gone@example.si', 'a3@example.si'];
		await database.db.execute(
			sql`insert into newsletter_subscriptions (list_id, email, status, confirmed_at) select ${list.id}, e, 'confirmed', now() from unnest(${sql.raw(`array[${addresses.map((a) => `'${a}'`).join(',')}]`)}) e`
		);
		let throttleNext = 0;
		const smtp = await startAnsweringSmtpServer((address) => {
			if (address === 'gone@example.si') return 550;
			if (address === 'a2@example.si' && throttleNext > 0) {
				throttleNext--;
				return 421;
			}
			return undefined;
		});
		try {
			const transport = createMailTransport({ smtpUrl: smtp.url, mailFrom: 'NVO-VID <novice@nvo-vid.si>', dataDir: '/tmp' });
			const campaign = await createCampaign({
				db: database.db,
				context: staff,
				space: hub,
				input: { listId: list.id, subjectSl: 'Novice', bodySl: 'Pozdravljeni, **novice**.', subjectEn: 'News', bodyEn: 'Hello' }
			});
			await sendCampaign({ db: database.db, context: staff, space: hub, id: campaign.id, publicUrl, input: { ratePerMinute: 60_000 } });
			throttleNext = 2;
			// the job runner is not running here: the slices are run by hand, the jobs they queue looked at
			await database.db.delete(jobs).where(eq(jobs.kind, campaignJobKind));
			const payload = { campaignId: campaign.id, publicUrl };
			const slice = (now = 0) =>
				sendCampaignSlice({
					db: database.db,
					transport,
					payload,
					parallel: 1,
					throttleBaseMs: 1000,
					mailFrom: 'NVO-VID <novice@nvo-vid.si>',
					sleep: async () => void now
				});

			const first = await slice();
			expect(first).toMatchObject({ sent: 1, throttled: true, finished: false });
			let view = await getCampaign({ db: database.db, actor: staff.actor, id: campaign.id });
			expect(view.deliveries).toMatchObject({ sent: 1, pending: 3 });
			const [throttled] = await database.db.select().from(newsletterDeliveries).where(eq(newsletterDeliveries.email, 'a2@example.si'));
			expect(throttled).toMatchObject({ status: 'pending', responseCode: 421, attempts: 1 });
			// the next slice waits: 1 s after the first throttling, 2 s after the second
			const [next1] = await pendingJobs(campaignJobKind);
			expect(next1!.runAt.getTime() - Date.now()).toBeGreaterThan(500);
			expect(next1!.runAt.getTime() - Date.now()).toBeLessThanOrEqual(1000);
			await database.db.delete(jobs).where(eq(jobs.id, next1!.id));

			expect(await slice()).toMatchObject({ sent: 0, throttled: true });
			const [next2] = await pendingJobs(campaignJobKind);
			expect(next2!.runAt.getTime() - Date.now()).toBeGreaterThan(1500);
			await database.db.delete(jobs).where(eq(jobs.id, next2!.id));

			// the server takes mail again: the rest go, the 550 is a bounce, nothing is dropped
			expect(await slice()).toMatchObject({ sent: 2, bounced: 1, finished: true });
			view = await getCampaign({ db: database.db, actor: staff.actor, id: campaign.id });
			expect(view.status).toBe('sent');
			expect(view.deliveries).toEqual({ sent: 3, bounced: 1, pending: 0, failed: 0 });
			const [bounced] = await database.db.select().from(newsletterDeliveries).where(eq(newsletterDeliveries.email, 'gone@example.si'));
			expect(bounced).toMatchObject({ status: 'bounced', responseCode: 550 });
			expect(bounced!.response).toContain('550');
			expect(smtp.accepted.map((mail) => mail.to).sort()).toEqual(['a1@example.si', 'a2@example.si', 'a3@example.si']);
			// every mail carries the one-click headers (RFC 2369, 8058) and the link in its footer
			const raw = smtp.accepted[0]!.raw.replace(/\r\n[ \t]+/g, ' ');
			expect(raw).toMatch(
				/^List-Unsubscribe: <http:\/\/sticisce\.test\/unsubscribe\/[a-f0-9]{64}\/one-click>, <mailto:novice@nvo-vid\.si\?subject=unsubscribe>/m
			);
			expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
			expect(raw).toContain('text/html');
		} finally {
			await smtp.close();
		}
	});

	it('sends a list its digest once per period, from what the composer returns, and nothing when it returns null', async () => {
		const list = await createList({
			db: database.db,
			context: staff,
			space: hub,
			publicUrl,
			input: { nameSl: 'Tedenske novice', nameEn: 'Weekly news', audience: 'public', digestFrequency: 'weekly' }
		});
		expect((await pendingJobs(digestJobKind)).some((job) => (job.payload as { listId: string }).listId === list.id)).toBe(true);
		await database.db.execute(
			sql`insert into newsletter_subscriptions (list_id, email, status, locale, confirmed_at) values (${list.id}, 'ana@example.si', 'confirmed', 'en', now()), (${list.id}, 'bor@example.si', 'confirmed', 'sl', now()), (${list.id}, 'cene@example.si', 'pending', 'sl', null)`
		);
		const calls: { email: string; since: Date; until: Date }[] = [];
		const composer: DigestComposer = async ({ subscriber, since, until }) => {
			calls.push({ email: subscriber.email, since, until });
			if (subscriber.email === 'bor@example.si') return null;
			return {
				sections: [
					{
						id: 'activities',
						heading: 'Events',
						items: [{ title: 'Annual meeting <of members>', url: 'http://sticisce.test/spaces/nvo-vid/activities/x', when: '2021-12-21', detail: 'Online' }]
					}
				]
			};
		};
		const now = new Date('2026-11-30T07:00:00Z'); // a Monday
		const payload = { listId: list.id, publicUrl };
		const mailsBefore = (await pendingJobs(mailSendJobKind)).length;
		const first = await sendDigest({ db: database.db, payload, composeDigest: composer, now, mailFrom: 'novice@nvo-vid.si' });
		expect(first).toEqual({ period: '2026-W48', sent: 1 });
		expect(calls.map((call) => call.email).sort()).toEqual(['ana@example.si', 'bor@example.si']);
		expect(calls[0]!.since).toEqual(lastPeriod('weekly', now).since);
		const mails = (await pendingJobs(mailSendJobKind)).slice(mailsBefore).map((job) => job.payload as OutgoingMail);
		expect(mails).toHaveLength(1);
		expect(mails[0]).toMatchObject({ to: 'ana@example.si' });
		expect(mails[0]!.subject).toContain('NVO-VID');
		expect(mails[0]!.html).toContain('Annual meeting &lt;of members&gt;');
		expect(mails[0]!.html).toContain('21 December 2021');
		expect(mails[0]!.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
		expect(mails[0]!.text).toMatch(/\/en\/unsubscribe\/[a-f0-9]{64}/);

		// run again (a restart, a second job): the period was sent
		expect(await sendDigest({ db: database.db, payload, composeDigest: composer, now: new Date(now.getTime() + 3600_000) })).toEqual({ period: null, sent: 0 });
		expect((await pendingJobs(mailSendJobKind)).length).toBe(mailsBefore + 1);
		const [stored] = await database.db.select().from(newsletterLists).where(eq(newsletterLists.id, list.id));
		expect(stored!.lastDigestPeriod).toBe('2026-W48');
		// the next week is another period
		expect(await sendDigest({ db: database.db, payload, composeDigest: composer, now: new Date('2026-12-07T07:00:00Z') })).toEqual({
			period: '2026-W49',
			sent: 1
		});
	});
});
