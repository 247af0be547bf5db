import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText } from '../support/page-text.ts';
import { getPage, postForm, startRegistryApp, type RegistryApp } from '../support/registry-app.ts';
import { recipientOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

// An NGO applies for membership on the public site, without an account; staff answer it in the
// back office and the applicant gets the answer by mail, through a real SMTP server.
let smtp: TestSmtpServer;
let registry: RegistryApp;
const created: Record<string, string> = {};

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	registry = await startRegistryApp();
	for (const [key, name, registrationNumber] of [
		['bled', 'Turistično društvo Bled', '5555555'],
		['radovljica', 'Društvo Radovljica', '6666666']
	] as const) {
		const response = await fetch(`${registry.app.url}/api/v1/organisations`, {
			method: 'POST',
			headers: { authorization: `Bearer ${registry.fixture.tokens.adminEverything!.token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ name, registrationNumber, legalForm: 'association', municipalityCode: '003' })
		});
		created[key] = (await response.json()).id;
	}
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await registry?.app.close();
	await smtp?.close();
});

const cookie = (key: string) => registry.cookies[key]!;
const text = async (response: Response) => mainText(await response.text());
const apply = (path: string, fields: Record<string, string>) =>
	fetch(`${registry.app.url}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: registry.app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields)
	});

describe('applying for membership', () => {
	it('offers the form on the space page, to anyone, and says what is wrong beside the field', async () => {
		const page = await text(await getPage(registry, undefined, '/spaces/grozd'));
		expect(page).toContain('Je vaša nevladna organizacija lahko članica? Zaprosite za članstvo');
		const form = await getPage(registry, undefined, '/spaces/grozd/apply');
		expect(form.status).toBe(200);
		expect(await text(form)).toContain('Prošnja za članstvo');
		const unknown = await apply('/spaces/grozd/apply', { organisation: '9999999', contactName: 'Ana Novak', contactEmail: 'ana@example.si' });
		expect(unknown.status).toBe(400);
		const html = await unknown.text();
		expect(html).toMatch(/id="field-organisation-error"[^>]*>[\s\S]*?V registru ni organizacije s to matično številko/);
		const empty = await apply('/spaces/grozd/apply', { organisation: '', contactName: '', contactEmail: 'ana' });
		expect(await text(empty)).toContain('Vpišite e-poštni naslov v obliki ime@primer.si.');
		const member = await apply('/spaces/grozd/apply', { organisation: '7654321', contactName: 'Ana', contactEmail: 'ana@example.si' });
		expect(await text(member)).toContain('Organizacija je že članica tega prostora.');
	});

	it('takes an application; staff see it with its contact, accept it, and the applicant gets a mail', async () => {
		const sent = await apply('/spaces/grozd/apply', {
			organisation: '5555555',
			contactName: 'Ana Novak',
			contactEmail: 'ana@example.si',
			message: 'Radi bi se pridružili.'
		});
		expect(sent.status).toBe(200);
		expect(await text(sent)).toContain('Prošnja organizacije Turistično društvo Bled je poslana.');
		expect((await getPage(registry, cookie('viewer'), '/app/spaces/grozd/members')).status).toBe(403);
		const listed = await text(await getPage(registry, cookie('staff'), '/app/spaces/grozd/members'));
		expect(listed).toContain('Prošnje za članstvo');
		expect(listed).toContain('Turistično društvo Bled');
		expect(listed).toContain('Kontakt: Ana Novak, ana@example.si');
		expect(listed).toContain('Radi bi se pridružili.');
		// the applicant staff added by hand has no contact to answer
		expect(listed).toContain('dodala ekipa, brez kontakta');

		const accepted = await postForm(registry, cookie('staff'), '/app/spaces/grozd/members?/accept', {
			organisationId: created.bled!,
			name: 'Turistično društvo Bled'
		});
		expect(await text(accepted)).toContain('Turistično društvo Bled je zdaj članica. Prosilcu smo poslali e-pošto.');
		const mail = await smtp.waitForMessage((message) => recipientOf(message) === 'ana@example.si', 15_000);
		expect(mail.subject).toBe('Sprejeti ste med člane: Grozd – stičišče nevladnih organizacij gorenjske regije');
		expect(mail.text).toContain('Turistično društvo Bled je zdaj članica prostora Grozd');
		expect(mail.text).toMatch(/https?:\/\/\S+\/spaces\/grozd/);

		const page = await getPage(registry, undefined, '/spaces/grozd');
		expect(await page.text()).toContain(`href="/organisations/${created.bled}"`);
		const again = await postForm(registry, cookie('staff'), '/app/spaces/grozd/members?/accept', {
			organisationId: created.bled!,
			name: 'Turistično društvo Bled'
		});
		expect(again.status).toBe(409);
	});

	it('answers in English who applied in English, and a decline leaves no membership', async () => {
		const sent = await apply('/en/spaces/grozd/apply', { organisation: 'društvo radovljica', contactName: 'Bor Kos', contactEmail: 'bor@example.si' });
		expect(await text(sent)).toContain('The application of Društvo Radovljica is sent.');
		const declined = await postForm(registry, cookie('admin'), '/app/spaces/grozd/members?/decline', {
			organisationId: created.radovljica!,
			name: 'Društvo Radovljica'
		});
		expect(await text(declined)).toContain('Prošnja organizacije Društvo Radovljica je zavrnjena.');
		const mail = await smtp.waitForMessage((message) => recipientOf(message) === 'bor@example.si', 15_000);
		expect(mail.subject).toBe('Your application for membership: Grozd – hub of non-governmental organisations of the Gorenjska region');
		const staffView = await (await getPage(registry, cookie('staff'), '/api/v1/spaces/grozd/members?q=radovljica')).json();
		expect(staffView.total).toBe(0);
	});

	it('shows a member editor the memberships of their organisation on their dashboard, and starts the form with it', async () => {
		const form = await (await getPage(registry, cookie('memberEditor'), '/spaces/iskra/apply')).text();
		expect(form).toMatch(/name="organisation"[^>]*value="7654321"|value="7654321"[^>]*name="organisation"/);
		expect(form).toContain('value="membereditor@example.si"');
		const dashboard = await text(await getPage(registry, cookie('memberEditor'), '/app'));
		expect(dashboard).toContain('Članstva vaše organizacije');
		expect(dashboard).toContain(
			'Zavod Tri, zavod za trajnostne skupnostne prakse: Grozd - stičišče nevladnih organizacij gorenjske regije: Član, od 1. januar 2020'
		);
	});

	it('works through the API too, and stops a sixth application from one address within the hour', async () => {
		const call = (path: string, body: unknown, token?: string) =>
			fetch(`${registry.app.url}/api/v1/spaces/grozd${path}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${registry.fixture.tokens[token]!.token}` } : {}) },
				body: JSON.stringify(body)
			});
		// the fifth from this test's address (the four forms above count)
		const applied = await call('/applications', { organisation: '6666666', contactName: 'Bor Kos', contactEmail: 'bor@example.si', locale: 'en' });
		expect(applied.status).toBe(201);
		const listed = await (
			await getPage(registry, undefined, '/api/v1/spaces/grozd/applications', { authorization: `Bearer ${registry.fixture.tokens.staffRead!.token}` })
		).json();
		expect(listed.items.map((item: { organisation: { name: string } }) => item.organisation.name)).toEqual(['Društvo Radovljica', 'Kulturno društvo Kras']);
		expect((await call(`/applications/${created.radovljica}`, { decision: 'accept' }, 'staffRead')).status).toBe(403);
		const decided = await call(`/applications/${created.radovljica}`, { decision: 'accept' }, 'adminEverything');
		expect(await decided.json()).toEqual({ mailed: true });
		const welcome = await smtp.waitForMessage(
			(message) => recipientOf(message) === 'bor@example.si' && message.subject!.startsWith('You are a member'),
			15_000
		);
		expect(welcome.text).toContain('Društvo Radovljica is now a member of Grozd');
		const limited = await apply('/spaces/grozd/apply', { organisation: '3456789', contactName: 'Spam', contactEmail: 'spam@example.si' });
		expect(limited.status).toBe(429);
		expect(await text(limited)).toMatch(/Poslanih je bilo preveč prošenj\. Poskusite znova čez \d+ min\./);
	});
});
