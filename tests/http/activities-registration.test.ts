import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivity } from '../../src/lib/server/activities/activities.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { recipientOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

let smtp: TestSmtpServer;
let people: PeopleApp;
let activity: { id: string; slug: string };

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	people = await startPeopleApp({
		afterSeeding: async (db) => {
			const startsAt = new Date(Date.now() + 20 * 24 * 3600_000);
			activity = await createActivity({
				db,
				context: { actor: cliActor, source: 'cli' },
				space: await findSpaceRef(db, 'grozd'),
				input: {
					title: { sl: 'Usposabljanje: pisanje prijav na razpise', en: 'Training: writing funding applications' },
					type: 'training',
					pillar: 'training',
					capacity: 1,
					sessions: [
						{
							startsAt: startsAt.toISOString(),
							endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
							place: { address: 'Slovenski trg 1, Kranj', municipalityCode: '052' }
						}
					]
				}
			});
		}
	});
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await people?.app.close();
	await smtp?.close();
});

const url = (path: string) => `${people.app.url}${path}`;
const postForm = (path: string, fields: Record<string, string>, cookie?: string) =>
	fetch(url(path), {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: people.app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
		body: new URLSearchParams(fields)
	});
const registerPath = () => `/spaces/grozd/activities/${activity.slug}/register`;
/** The personal link's path in a mail. */
const personalPath = (mail: ParsedMail) => new URL(mail.text!.match(/https?:\/\/\S+\/registrations\/[\w-]+/)![0]).pathname;
const mailTo = (address: string, subject: RegExp) =>
	smtp.waitForMessage((message) => recipientOf(message) === address && subject.test(message.subject ?? ''), 20_000);

describe('registering for a training without JavaScript', () => {
	it('shows the form again with its problems when the consent or the name is missing', async () => {
		const page = await fetch(url(registerPath()));
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('name="consent"');
		expect(html).toContain('Prosto je še 1 mesto.');
		const answer = await postForm(registerPath(), { name: '', email: 'nekdo@example.si' });
		expect(answer.status).toBe(400);
		const body = await answer.text();
		expect(body).toContain('Vpišite ime in priimek.');
		expect(body).toContain('Za prijavo potrebujemo vaše soglasje');
		expect(body).toContain('value="nekdo@example.si"');
	});

	it('registers the first, puts the second on the waiting list, and promotes the second when the first cancels by the link', async () => {
		const first = await postForm(registerPath(), { name: 'Ana Novak', email: 'ana.novak@example.si', organisation: '', consent: 'yes', website: '' });
		expect(first.status).toBe(200);
		expect(await first.text()).toContain('Prijava je sprejeta');
		const confirmation = await mailTo('ana.novak@example.si', /^Prijava potrjena/);
		const code = /koda za prijavo ob prihodu: ([A-Z0-9]{8})/.exec(confirmation.text!)?.[1];
		expect(code).toBeDefined();
		const ics = confirmation.attachments.find((file) => file.contentType.startsWith('text/calendar'))!;
		const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
		const [event] = calendar.getAllSubcomponents('vevent');
		expect(event!.getFirstPropertyValue('summary')).toBe('Usposabljanje: pisanje prijav na razpise');
		expect(confirmation.attachments.some((file) => file.contentType === 'image/png' && file.cid === 'check-in-code')).toBe(true);
		// the QR code is an inline image of the mail (mailparser shows cid: images as data: addresses)
		expect(confirmation.html).toMatch(/<img src="(cid:check-in-code|data:image\/png;base64,)/);

		const second = await postForm(registerPath(), { name: 'Bor Kralj', email: 'bor@example.si', consent: 'yes' });
		expect(await second.text()).toContain('Uvrščeni ste na čakalni seznam');
		const waiting = await mailTo('bor@example.si', /^Na čakalnem seznamu/);
		expect(waiting.text).toContain('/registrations/');

		// the first sees their registration by the link and cancels it
		const anaPath = personalPath(confirmation);
		const own = await fetch(url(anaPath));
		expect(own.status).toBe(200);
		expect(await own.text()).toContain(code!);
		const cancelled = await postForm(`${anaPath}?/cancel`, {});
		expect(cancelled.status).toBe(200);
		expect(await cancelled.text()).toContain('Prijava je odpovedana');
		await mailTo('ana.novak@example.si', /^Prijava odpovedana/);

		// the second is offered the place and accepts it
		const offer = await mailTo('bor@example.si', /^Sprostilo se je mesto/);
		const borPath = personalPath(offer);
		expect(await (await fetch(url(borPath))).text()).toContain('Potrjujem mesto');
		const accepted = await postForm(`${borPath}?/accept`, {});
		expect(await accepted.text()).toContain('Mesto je vaše');
		const borConfirmation = await mailTo('bor@example.si', /^Prijava potrjena/);
		expect(borConfirmation.attachments.some((file) => file.filename === 'dogodek.ics')).toBe(true);
	});

	it('answers "already registered" and mails again instead of registering twice', async () => {
		const again = await postForm(registerPath(), { name: 'Bor Kralj', email: 'BOR@example.si', consent: 'yes' });
		expect(await again.text()).toContain('Na ta dogodek ste že prijavljeni');
		const repeated = await smtp.waitForMessage((mail) => recipientOf(mail) === 'bor@example.si' && /že prijavljeni/.test(mail.text ?? ''), 20_000);
		expect(repeated.subject).toMatch(/^Prijava potrjena/);
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(smtp.messages.filter((mail) => recipientOf(mail) === 'bor@example.si' && /že prijavljeni/.test(mail.text ?? ''))).toHaveLength(1);
	});
});

describe('the registrations API', () => {
	it('registers without a token (201, waitlisted when full) and lists them for staff only', async () => {
		const response = await fetch(url(`/api/v1/activities/${activity.id}/registrations`), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'Cene Potočnik', email: 'cene@example.si', organisationId: null, consent: true })
		});
		expect(response.status).toBe(201);
		expect(await response.json()).toMatchObject({ status: 'waitlisted' });
		expect((await fetch(url(`/api/v1/activities/${activity.id}/registrations`))).status).toBe(401);
		const list = await fetch(url(`/api/v1/activities/${activity.id}/registrations`), { headers: { cookie: people.cookies.staff! } });
		expect(list.status).toBe(200);
		const body = (await list.json()) as { items: Array<{ email: string; status: string }>; total: number };
		expect(body.items.map((item) => [item.email, item.status])).toEqual([
			['cene@example.si', 'waitlisted'],
			['bor@example.si', 'registered'],
			['ana.novak@example.si', 'cancelled']
		]);
	});
});

describe('registering several people from the back office', () => {
	it('lets staff register rows of name and e-mail at once, each with a mail', async () => {
		const page = await fetch(url(`/app/spaces/grozd/activities/${activity.id}/register-people`), { headers: { cookie: people.cookies.staff! } });
		expect(page.status).toBe(200);
		const answer = await postForm(
			`/app/spaces/grozd/activities/${activity.id}/register-people`,
			{
				'people.0.name': 'Dora Hribar',
				'people.0.email': 'dora@example.si',
				'people.1.name': 'Erik Mlakar',
				'people.1.email': 'erik@example.si',
				'people.2.name': '',
				'people.2.email': ''
			},
			people.cookies.staff
		);
		expect(answer.status).toBe(200);
		expect(await answer.text()).toContain('Prijavili ste 2 osebi.');
		await mailTo('dora@example.si', /^Na čakalnem seznamu/);
		await mailTo('erik@example.si', /^Na čakalnem seznamu/);
		const refused = await fetch(url(`/app/spaces/grozd/activities/${activity.id}/register-people`), { headers: { cookie: people.cookies.viewer! } });
		expect(refused.status).toBe(403);
	});
});
