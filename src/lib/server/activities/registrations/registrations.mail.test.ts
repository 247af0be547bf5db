import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../../tests/support/smtp.ts';
import { createMailTransport } from '../../mail/mail.transport.ts';
import type { Activity } from '../activities.schemas.ts';
import { registrationMail } from './registrations.mail.ts';

const activity: Activity = {
	id: '6f1c1c55-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
	spaceId: '0b6e3a1e-5d4c-4b3a-9f8e-7d6c5b4a3f2e',
	slug: 'dan-vkljucujoce-informacijske-druzbe',
	title: { sl: 'Dan vključujoče informacijske družbe', en: 'Inclusive Information Society Day' },
	description: null,
	type: 'conference',
	pillar: 'advocacy',
	projectId: null,
	capacity: 80,
	public: true,
	language: 'sl',
	certificateMinPercent: null,
	registrationClosesAt: null,
	organiserIds: [],
	registrationQuestions: [],
	evaluationQuestions: [],
	evaluationAnonymous: false,
	cancelled: false,
	sessions: [
		{
			id: '2d1c0b9a-8f7e-4d6c-9b5a-4f3e2d1c0b9a',
			startsAt: '2031-05-17T08:00:00.000Z',
			endsAt: '2031-05-17T12:00:00.000Z',
			online: false,
			url: null,
			place: { address: 'Titov trg 1', municipalityCode: '133' },
			unnamedAttendees: 0
		}
	]
};

describe('registration mails through a real SMTP server', () => {
	let smtp: TestSmtpServer;
	beforeAll(async () => {
		smtp = await startTestSmtpServer();
	});
	afterAll(() => smtp.close());

	it('carries the check-in code as text and as a QR image, and a calendar file an independent parser reads', async () => {
		const message = await registrationMail(
			'confirmation',
			{
				to: 'ana@example.si',
				name: 'Ana Novak',
				locale: 'en',
				activity,
				space: { slug: 'nvo-vid', name: { sl: 'NVO-VID' } },
				publicUrl: 'https://sticisce.example',
				token: 'secret-token-of-the-link-1234567890'
			},
			{ checkInCode: 'K7M2QX9P' }
		);
		await createMailTransport({ smtpUrl: smtp.url, mailFrom: 'Stičišče <noreply@sticisce.example>', dataDir: '/nonexistent' }).send(message);
		const mail = await smtp.waitForMessage(undefined, 10_000);
		expect(mail.subject).toBe('Registration confirmed: Inclusive Information Society Day');
		expect(mail.text).toContain('Your check-in code: K7M2QX9P');
		expect(mail.text).toContain('https://sticisce.example/en/registrations/secret-token-of-the-link-1234567890');
		expect(mail.text).toContain('17 May 2031, 10:00–14:00, Titov trg 1, Velenje');
		const qr = mail.attachments.find((file) => file.cid === 'check-in-code')!;
		expect(qr.contentType).toBe('image/png');
		expect(qr.content.subarray(1, 4).toString('latin1')).toBe('PNG');
		const ics = mail.attachments.find((file) => file.contentType.startsWith('text/calendar'))!;
		const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
		const [event] = calendar.getAllSubcomponents('vevent');
		expect(event!.getFirstPropertyValue('summary')).toBe('Inclusive Information Society Day');
		const start = event!.getFirstPropertyValue('dtstart') as ICAL.Time;
		expect(start.toString()).toBe('2031-05-17T10:00:00');
		expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Ljubljana');
	});

	it('writes the waiting-list mail in Slovenian, without a code', async () => {
		const message = await registrationMail('waitlisted', {
			to: 'bor@example.si',
			name: 'Bor',
			locale: 'sl',
			activity,
			space: { slug: 'nvo-vid', name: { sl: 'NVO-VID' } },
			publicUrl: 'https://sticisce.example',
			token: 'another-secret-token-1234567890'
		});
		expect(message.subject).toBe('Na čakalnem seznamu: Dan vključujoče informacijske družbe');
		expect(message.text).toContain('čakalni seznam');
		expect(message.attachments).toBeUndefined();
	});
});
