import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { createJobsRepository } from '../../jobs/jobs.repository.ts';
import type { OutgoingMail } from '../../mail/mail.schemas.ts';
import { mailSendJobKind } from '../../mail/mail.usecases.ts';
import { consents, people } from '../../people/people.table.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { changeActivity, createActivity } from '../activities.usecases.ts';
import { acceptOfferByLink, cancelRegistrationByLink, lapseOffer } from './registrations.offers.ts';
import { listRegistrations, registerForActivity, registerPeople } from './registrations.register.ts';
import { sendReminders } from './registrations.reminders.ts';
import { offerLapseJobKind, reminderJobKind } from './registrations.shared.ts';
import { activityRegistrations } from './registrations.table.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const visitor = { actor: anonymous, source: 'form' } as const;
const publicUrl = 'http://sticisce.test';
const day = 24 * 60 * 60 * 1000;

/** A training a month ahead (or `startsAt`), with `capacity` places. */
const training = (capacity: number | null, extra: Record<string, unknown> = {}) => {
	const startsAt = new Date(Date.now() + 30 * day);
	return {
		title: { sl: 'Usposabljanje za digitalno dostopnost', en: 'Digital accessibility training' },
		type: 'training',
		pillar: 'training',
		capacity,
		sessions: [
			{
				startsAt: startsAt.toISOString(),
				endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
				place: { address: 'Trg republike 3', municipalityCode: '061' }
			}
		],
		...extra
	};
};

describe('registration for activities', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let counter = 0;

	beforeAll(async () => {
		database = await createTestDatabase();
		await createSpace({ db: database.db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		hub = await findSpaceRef(database.db, 'nvo-vid');
	});
	afterAll(() => database.close());

	const register = (activityId: string, input: Record<string, unknown>) =>
		registerForActivity({
			db: database.db,
			context: visitor,
			space: hub,
			activityId,
			clientAddress: `10.0.0.${++counter}`,
			publicUrl,
			input: { consent: true, ...input }
		});
	const mailsTo = async (to: string) =>
		(await createJobsRepository({ db: database.db }).list({ kind: mailSendJobKind }))
			.map((job) => job.payload as OutgoingMail)
			.filter((mail) => mail.to === to);
	const tokenIn = (mail: OutgoingMail) => /\/registrations\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
	const statusOf = async (id: string) => (await database.db.select().from(activityRegistrations).where(eq(activityRegistrations.id, id)))[0]!.status;

	it('registers someone without an account, records their consent, and mails the code, the calendar file and the cancel link', async () => {
		const activity = await createActivity({ db: database.db, context: cli, space: hub, input: training(10) });
		const result = await register(activity.id, { name: 'Ana Novak', email: 'Ana.Novak@example.si', locale: 'sl' });
		expect(result).toMatchObject({ status: 'registered', created: true });
		const [mail] = await mailsTo('Ana.Novak@example.si');
		expect(mail!.subject).toContain('Prijava potrjena');
		const [row] = await database.db.select().from(activityRegistrations).where(eq(activityRegistrations.id, result.id));
		expect(mail!.text).toContain(row!.checkInCode);
		expect(mail!.html).toContain('cid:check-in-code');
		expect(mail!.attachments?.map((file) => file.contentType)).toEqual(['text/calendar; charset=utf-8', 'image/png']);
		expect(mail!.attachments![0]!.content).toContain('BEGIN:VCALENDAR');
		const [consent] = await database.db.select().from(consents).where(eq(consents.personId, row!.personId));
		expect(consent).toMatchObject({ purpose: 'data_processing', granted: true, source: 'activity_registration:form' });
	});

	it('finds the person by e-mail (case aside) instead of adding another, and answers a second registration with the mail again', async () => {
		const first = await createActivity({ db: database.db, context: cli, space: hub, input: training(10) });
		const second = await createActivity({ db: database.db, context: cli, space: hub, input: training(10) });
		const a = await register(first.id, { name: 'Bojan Kos', email: 'bojan@example.si' });
		const b = await register(second.id, { name: 'Bojan K.', email: 'BOJAN@example.si' });
		const again = await register(first.id, { name: 'Bojan Kos', email: 'bojan@example.si' });
		const found = await database.db
			.select()
			.from(people)
			.where(sql`lower(${people.email}) = 'bojan@example.si'`);
		expect(found).toHaveLength(1);
		expect(again).toEqual({ id: a.id, status: 'registered', created: false });
		expect(b.created).toBe(true);
		expect((await mailsTo('bojan@example.si')).map((mail) => mail.text.includes('že prijavljeni'))).toEqual([false, false, true]);
	});

	it('enforces required answers and the consent, and refuses the honeypot', async () => {
		const activity = await createActivity({
			db: database.db,
			context: cli,
			space: hub,
			input: training(10, { registrationQuestions: [{ kind: 'yes_no', label: { sl: 'Potrebujete tolmača?' }, required: true }] })
		});
		await expect(register(activity.id, { name: 'C', email: 'c@example.si' })).rejects.toMatchObject({ code: 'registration_answer_missing' });
		await expect(register(activity.id, { name: 'C', email: 'c@example.si', answers: { q1: 'maybe' } })).rejects.toMatchObject({
			code: 'registration_answer_invalid'
		});
		await expect(register(activity.id, { name: 'C', email: 'c@example.si', consent: false, answers: { q1: 'yes' } })).rejects.toThrow();
		await expect(register(activity.id, { name: 'C', email: 'c@example.si', answers: { q1: 'yes' }, website: 'http://spam' })).rejects.toMatchObject({
			code: 'registration_refused'
		});
		expect(await register(activity.id, { name: 'C', email: 'c@example.si', answers: { q1: 'yes' } })).toMatchObject({ status: 'registered' });
	});

	it('is closed after the closing time and for a cancelled activity', async () => {
		const closed = await createActivity({
			db: database.db,
			context: cli,
			space: hub,
			input: training(10, { registrationClosesAt: new Date(Date.now() - 1000).toISOString() })
		});
		await expect(register(closed.id, { name: 'D', email: 'd@example.si' })).rejects.toMatchObject({ code: 'registration_closed' });
		const cancelled = await createActivity({ db: database.db, context: cli, space: hub, input: training(10) });
		await changeActivity({ db: database.db, context: cli, space: hub, activityId: cancelled.id, input: { cancelled: true } });
		await expect(register(cancelled.id, { name: 'D', email: 'd@example.si' })).rejects.toMatchObject({ code: 'registration_activity_cancelled' });
	});

	it('puts people on the waiting list when full; a cancellation offers the place to the first, who accepts it', async () => {
		const activity = await createActivity({ db: database.db, context: cli, space: hub, input: training(1) });
		const ema = await register(activity.id, { name: 'Ema', email: 'ema@example.si' });
		const filip = await register(activity.id, { name: 'Filip', email: 'filip@example.si', locale: 'en' });
		const gal = await register(activity.id, { name: 'Gal', email: 'gal@example.si' });
		expect([ema.status, filip.status, gal.status]).toEqual(['registered', 'waitlisted', 'waitlisted']);
		expect((await mailsTo('filip@example.si'))[0]!.subject).toContain('On the waiting list');

		await cancelRegistrationByLink({ db: database.db, context: visitor, token: tokenIn((await mailsTo('ema@example.si'))[0]!), publicUrl });
		expect(await statusOf(ema.id)).toBe('cancelled');
		expect(await statusOf(filip.id)).toBe('offered');
		expect(await statusOf(gal.id)).toBe('waitlisted');
		const offer = (await mailsTo('filip@example.si')).at(-1)!;
		expect(offer.subject).toContain('A place is free');
		const lapseJobs = (await createJobsRepository({ db: database.db }).list({ kind: offerLapseJobKind })).filter(
			(job) => (job.payload as { registrationId: string }).registrationId === filip.id
		);
		expect(lapseJobs).toHaveLength(1);
		expect(lapseJobs[0]!.runAt.getTime()).toBeGreaterThan(Date.now() + 47 * 3600_000);

		await acceptOfferByLink({ db: database.db, context: visitor, token: tokenIn(offer), publicUrl });
		expect(await statusOf(filip.id)).toBe('registered');
		expect((await mailsTo('filip@example.si')).at(-1)!.subject).toContain('Registration confirmed');
		// the lapse job finds it accepted and leaves it alone
		expect(await lapseOffer({ db: database.db, payload: lapseJobs[0]!.payload, now: new Date(Date.now() + 60 * day) })).toEqual({ lapsed: false });
		expect(await statusOf(filip.id)).toBe('registered');
	});

	it('lets a lapsed offer pass to the next on the waiting list', async () => {
		const activity = await createActivity({ db: database.db, context: cli, space: hub, input: training(1) });
		const hana = await register(activity.id, { name: 'Hana', email: 'hana@example.si' });
		const ivo = await register(activity.id, { name: 'Ivo', email: 'ivo@example.si' });
		const jana = await register(activity.id, { name: 'Jana', email: 'jana@example.si' });
		await cancelRegistrationByLink({ db: database.db, context: visitor, token: tokenIn((await mailsTo('hana@example.si'))[0]!), publicUrl });
		expect(await statusOf(ivo.id)).toBe('offered');
		const [job] = (await createJobsRepository({ db: database.db }).list({ kind: offerLapseJobKind })).filter(
			(candidate) => (candidate.payload as { registrationId: string }).registrationId === ivo.id
		);
		// too early: nothing happens
		expect(await lapseOffer({ db: database.db, payload: job!.payload })).toEqual({ lapsed: false });
		expect(await lapseOffer({ db: database.db, payload: job!.payload, now: new Date(job!.runAt.getTime() + 1000) })).toEqual({ lapsed: true });
		expect([await statusOf(hana.id), await statusOf(ivo.id), await statusOf(jana.id)]).toEqual(['cancelled', 'cancelled', 'offered']);
		expect((await mailsTo('jana@example.si')).at(-1)!.subject).toContain('Sprostilo se je mesto');
		// a lapsed offer cannot be accepted
		await expect(
			acceptOfferByLink({ db: database.db, context: visitor, token: tokenIn((await mailsTo('ivo@example.si')).at(-1)!), publicUrl })
		).rejects.toMatchObject({ code: 'registration_not_offered' });
	});

	it('schedules one reminder a day before, sends it once, and follows a moved start', async () => {
		const activity = await createActivity({ db: database.db, context: cli, space: hub, input: training(null) });
		await register(activity.id, { name: 'Klara', email: 'klara@example.si' });
		await register(activity.id, { name: 'Luka', email: 'luka@example.si' });
		const jobs = (await createJobsRepository({ db: database.db }).list({ kind: reminderJobKind })).filter(
			(job) => (job.payload as { activityId: string }).activityId === activity.id
		);
		expect(jobs).toHaveLength(1);
		const start = Date.parse(activity.sessions[0]!.startsAt);
		expect(jobs[0]!.runAt.getTime()).toBe(start - day);
		const at = new Date(start - day + 60_000);
		expect(await sendReminders({ db: database.db, payload: jobs[0]!.payload, now: at })).toEqual({ sent: 2 });
		expect(await sendReminders({ db: database.db, payload: jobs[0]!.payload, now: at })).toEqual({ sent: 0 });
		expect((await mailsTo('klara@example.si')).filter((mail) => mail.subject.startsWith('Opomnik'))).toHaveLength(1);

		// the start moves two days later: the old job sends nothing and schedules the new time
		const moved = new Date(start + 2 * day);
		const session = activity.sessions[0]!;
		await changeActivity({
			db: database.db,
			context: cli,
			space: hub,
			activityId: activity.id,
			input: { sessions: [{ id: session.id, startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 3600_000).toISOString(), place: session.place }] }
		});
		const other = await createActivity({ db: database.db, context: cli, space: hub, input: training(null) });
		await register(other.id, { name: 'Maja', email: 'maja@example.si' });
		const [otherJob] = (await createJobsRepository({ db: database.db }).list({ kind: reminderJobKind })).filter(
			(job) => (job.payload as { activityId: string }).activityId === other.id
		);
		const otherStart = Date.parse(other.sessions[0]!.startsAt);
		await changeActivity({
			db: database.db,
			context: cli,
			space: hub,
			activityId: other.id,
			input: {
				sessions: [
					{
						id: other.sessions[0]!.id,
						startsAt: new Date(otherStart + 2 * day).toISOString(),
						endsAt: new Date(otherStart + 2 * day + 3600_000).toISOString(),
						place: other.sessions[0]!.place
					}
				]
			}
		});
		expect(await sendReminders({ db: database.db, payload: otherJob!.payload, now: new Date(otherStart - day + 60_000) })).toEqual({
			sent: 0,
			movedTo: new Date(otherStart + 2 * day).toISOString()
		});
		const rescheduled = (await createJobsRepository({ db: database.db }).list({ kind: reminderJobKind })).filter(
			(job) => (job.payload as { activityId: string }).activityId === other.id
		);
		expect(rescheduled.map((job) => job.runAt.getTime())).toEqual([otherStart - day, otherStart + day]);
	});

	it('lists the registrations for staff only', async () => {
		const activity = await createActivity({ db: database.db, context: cli, space: hub, input: training(5) });
		await register(activity.id, { name: 'Nina', email: 'nina@example.si' });
		const list = await listRegistrations({ db: database.db, actor: cliActor, space: hub, activityId: activity.id });
		expect(list.items.map((item) => [item.name, item.email, item.status])).toEqual([['Nina', 'nina@example.si', 'registered']]);
		await expect(listRegistrations({ db: database.db, actor: anonymous, space: hub, activityId: activity.id })).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		expect(
			await database.db
				.select()
				.from(activityRegistrations)
				.where(and(eq(activityRegistrations.activityId, activity.id)))
		).toHaveLength(1);
	});
	it('lets a member editor register people of their own organisation only', async () => {
		const activity = await createActivity({ db: database.db, context: cli, space: hub, input: training(5) });
		const own = '11111111-1111-4111-8111-111111111111';
		const editor = { actor: personIn(hub.id, 'member_editor', own), source: 'form' } as const;
		const people = [{ name: 'Ola', email: 'ola@example.si' }];
		const bulk = (organisationId: string | null) =>
			registerPeople({ db: database.db, context: editor, space: hub, activityId: activity.id, publicUrl, input: { organisationId, people } });
		await expect(bulk('22222222-2222-4222-8222-222222222222')).rejects.toMatchObject({ code: 'forbidden' });
		await expect(bulk(null)).rejects.toMatchObject({ code: 'forbidden' });
		// staff may register individuals
		const staff = { actor: personIn(hub.id, 'staff'), source: 'form' } as const;
		await expect(
			registerPeople({
				db: database.db,
				context: { ...staff, actor: cliActor },
				space: hub,
				activityId: activity.id,
				publicUrl,
				input: { organisationId: null, people }
			})
		).resolves.toMatchObject([{ status: 'registered', created: true, email: 'ola@example.si' }]);
	});
});
