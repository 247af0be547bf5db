import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivity } from '../../src/lib/server/activities/activities.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { addParticipant, pastSessions } from '../support/activity-participants.ts';
import { mainText } from '../support/page-text.ts';
import { pdfStrings } from '../support/pdf-strings.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { getPage, postForm } from '../support/registry-app.ts';
import { recipientOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

// A training's evaluation and certificates through the app as people use them: staff send the
// questionnaire, a participant answers it without JavaScript, staff read the results, issue the
// certificates (mailed as PDFs through a real SMTP server), and anyone verifies one by its code.
let smtp: TestSmtpServer;
let people: PeopleApp;
let activityId = '';

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	people = await startPeopleApp({
		afterSeeding: async (db) => {
			const space = await findSpaceRef(db, 'grozd');
			const activity = await createActivity({
				db,
				context: { actor: cliActor, source: 'cli' },
				space,
				input: {
					title: { sl: 'Usposabljanje o dostopnih spletnih straneh', en: 'Training on accessible websites' },
					type: 'training',
					pillar: 'training',
					certificateMinPercent: 50,
					sessions: pastSessions(2)
				}
			});
			activityId = activity.id;
			const scope = { spaceId: space.id, activityId, sessionIds: activity.sessions.map((session) => session.id) };
			await addParticipant(db, { ...scope, name: 'Ana Novak', email: 'ana.novak@example.si', attendedSessions: 2 });
			await addParticipant(db, { ...scope, name: 'Bor Kralj', email: 'bor.kralj@example.si', attendedSessions: 1, locale: 'en' });
			await addParticipant(db, { ...scope, name: 'Cene Odsoten', email: 'cene@example.si', attendedSessions: 0 });
		}
	});
}, 60_000);
afterAll(async () => {
	delete process.env.SMTP_URL;
	await people?.app.close();
	await smtp?.close();
});

const staffPage = () => `/app/spaces/grozd/activities/${activityId}/evaluation`;
const linkIn = (text: string, path: string) => text.match(new RegExp(`https?://\\S+${path}([\\w-]+)`))?.[1];
let anaEvaluation = '';

describe('evaluation after a training', () => {
	it('staff send the questionnaire once to those who attended, each in their language', async () => {
		const before = await getPage(people, people.cookies.staff, staffPage());
		expect(before.status).toBe(200);
		const page = mainText(await before.text());
		expect(page).toContain('Ali je to izboljšalo delo vaše organizacije?');
		expect(page).toContain('Dogodek nima svojih vprašanj, zato bo poslan osnovni vprašalnik.');
		expect((await postForm(people, people.cookies.viewer!, `${staffPage()}?/send`, {})).status).toBe(403);
		const sent = await postForm(people, people.cookies.staff!, `${staffPage()}?/send`, {});
		expect(sent.status).toBe(200);
		expect(await sent.text()).toContain('Vprašalnik je poslan 2 udeležencema.');
		const ana = await smtp.waitForMessage((mail) => recipientOf(mail).includes('ana.novak@example.si') && /Ocena/.test(mail.subject ?? ''), 15_000);
		expect(ana.subject).toBe('Kako je bilo? Ocena: Usposabljanje o dostopnih spletnih straneh');
		anaEvaluation = linkIn(ana.text!, '/evaluation/')!;
		expect(anaEvaluation).toBeTruthy();
		const bor = await smtp.waitForMessage((mail) => recipientOf(mail).includes('bor.kralj@example.si'), 15_000);
		expect(bor.subject).toBe('How was it? Evaluation: Training on accessible websites');
		expect(bor.text).toContain('/en/evaluation/');
		const again = await postForm(people, people.cookies.staff!, `${staffPage()}?/send`, {});
		expect(again.status).toBe(409);
		expect(await again.text()).toContain('Vprašalnik je bil udeležencem že poslan.');
		expect(smtp.messages.some((mail) => recipientOf(mail).includes('cene@example.si'))).toBe(false);
	});

	it('the participant answers without JavaScript: a missing answer is named beside its question, then the answers are saved', async () => {
		const form = await getPage(people, undefined, `/evaluation/${anaEvaluation}`);
		expect(form.status).toBe(200);
		const html = await form.text();
		expect(html).toMatch(/<input type="radio" id="field-overall" name="overall" value="1"/);
		expect(mainText(html)).toContain('Vaše odgovore shranimo skupaj z vašo prijavo.');
		const missing = await postForm(people, '', `/evaluation/${anaEvaluation}`, { usefulness: '4', improved_work: 'yes' });
		expect(missing.status).toBe(400);
		const problem = await missing.text();
		expect(problem).toMatch(/id="field-overall-error"[^>]*>Odgovorite na to vprašanje\./);
		expect(problem).toMatch(/href="#field-overall">Kako ste bili na splošno zadovoljni z dogodkom\?: Odgovorite na to vprašanje\./);
		// the answers given stay chosen
		expect(problem).toMatch(/name="usefulness" value="4" checked/);
		const saved = await postForm(people, '', `/evaluation/${anaEvaluation}`, {
			overall: '5',
			usefulness: '4',
			improved_work: 'yes',
			improve: 'Več praktičnih vaj.'
		});
		expect(saved.status).toBe(200);
		expect(mainText(await saved.text())).toContain('Hvala za vašo oceno');
		const twice = await postForm(people, '', `/evaluation/${anaEvaluation}`, { overall: '1', usefulness: '1' });
		expect(mainText(await twice.text())).toContain('To oceno ste že oddali. Hvala!');
		const unknown = await getPage(people, undefined, '/evaluation/not-a-real-link');
		expect(unknown.status).toBe(404);
		expect(mainText(await unknown.text())).toContain('Ta povezava ne velja (več).');
	});

	it('staff read the results: response rate, average with a chart and its table, yes/no shares, texts; the API gives the same', async () => {
		const response = await getPage(people, people.cookies.viewer, staffPage());
		expect(response.status).toBe(200);
		const html = await response.text();
		const text = mainText(html);
		expect(text).toContain('Odgovorilo je 1 od 2 udeležencev (50 %).');
		expect(text).toContain('Povprečna ocena: 5 od 5');
		expect(html).toMatch(/<svg[^>]*role="img"/);
		expect(html).toContain('<caption>Ocene: Kako ste bili na splošno zadovoljni z dogodkom?</caption>');
		expect(text).toContain('Več praktičnih vaj.');
		// a viewer reads, but does not send or issue
		expect(html).not.toContain('?/certificates');
		const api = await fetch(`${people.app.url}/api/v1/activities/${activityId}/evaluation`, {
			headers: { authorization: `Bearer ${people.fixture.tokens.staffRead!.token}` }
		});
		expect(api.status).toBe(200);
		const results = await api.json();
		expect(results).toMatchObject({ attended: 2, responses: 1, responseRate: 0.5 });
		expect(results.questions[0]).toMatchObject({ id: 'overall', average: 5, distribution: [0, 0, 0, 0, 1] });
		expect(results.questions[2]).toMatchObject({ id: 'improved_work', distribution: [1, 0] });
		expect((await fetch(`${people.app.url}/api/v1/activities/${activityId}/evaluation`)).status).toBe(401);
	});
});

describe('certificates of attendance', () => {
	let code = '';

	it('staff issue them: each qualifying participant gets the PDF by mail, through the SMTP server', async () => {
		const issued = await postForm(people, people.cookies.staff!, `${staffPage()}?/certificates`, {});
		expect(issued.status).toBe(200);
		expect(mainText(await issued.text())).toContain('Izdana in poslana potrdila: 2.');
		const mail = await smtp.waitForMessage(
			(message) => recipientOf(message).includes('ana.novak@example.si') && /Potrdilo/.test(message.subject ?? ''),
			30_000
		);
		expect(mail.subject).toBe('Potrdilo o udeležbi: Usposabljanje o dostopnih spletnih straneh');
		const [attachment] = mail.attachments;
		expect(attachment!.contentType).toBe('application/pdf');
		expect(attachment!.filename).toBe('potrdilo-usposabljanje-o-dostopnih-spletnih-straneh.pdf');
		expect(attachment!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pdfStrings(attachment!.content).join(' ')).toContain('Ana Novak');
		code = mail.text!.match(/[2-9A-Z]{4}(?:-[2-9A-Z]{4}){3}/)![0];

		// the download link in the mail: the same certificate as a PDF
		const token = linkIn(mail.text!, '/certificates/')!.replace(/\.pdf$/, '');
		const pdf = await getPage(people, undefined, `/certificates/${token}.pdf`);
		expect(pdf.status).toBe(200);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		const bytes = new Uint8Array(await pdf.arrayBuffer());
		expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
		expect(pdfStrings(bytes).join(' ')).toContain('Ana Novak');
		// and as a page: everything a certificate shows
		const page = mainText(await (await getPage(people, undefined, `/certificates/${token}`)).text());
		expect(page).toContain('Ana Novak');
		expect(page).toContain('2 od 2 srečanj');
		expect(page).toContain('4 ure');
		expect(page).toContain(code);
		// the mail's link is also the evaluation's for whoever has not answered yet
		expect(mail.text).not.toContain('/evaluation/');
		const bor = await smtp.waitForMessage(
			(message) => recipientOf(message).includes('bor.kralj@example.si') && /Certificate/.test(message.subject ?? ''),
			30_000
		);
		expect(bor.text).toContain('/en/evaluation/');
		expect(pdfStrings(bor.attachments[0]!.content).join(' ')).toContain('Certificate of attendance');
	});

	it('the public verification page confirms name, activity and dates, nothing more', async () => {
		const response = await getPage(people, undefined, `/certificates/verify/${code}`);
		expect(response.status).toBe(200);
		const text = mainText(await response.text());
		expect(text).toContain('Potrdilo je pristno.');
		expect(text).toContain('Ana Novak');
		expect(text).toContain('Usposabljanje o dostopnih spletnih straneh');
		expect(text).not.toContain('srečanj');
		expect(text).not.toContain('ana.novak@example.si');
		const unknown = await getPage(people, undefined, '/certificates/verify/AAAA-BBBB-CCCC-DDDD');
		expect(unknown.status).toBe(404);
		expect(mainText(await unknown.text())).toContain('Potrdila s to kodo ni.');
	});
});
