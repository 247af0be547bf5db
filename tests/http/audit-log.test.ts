import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPageSchema } from '../../src/lib/server/audit/audit.schemas.ts';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { seedMember } from '../support/seed-members.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

let smtp: TestSmtpServer;
let people: PeopleApp;

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	people = await startPeopleApp({ afterSeeding: async (db) => void (await seedMember(db, 'grozd', 'Društvo Kranjski kolesarji')) });
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await people?.app.close();
	await smtp?.close();
});

const url = (path: string) => `${people.app.url}${path}`;
const page = async (path: string, cookie = people.cookies.admin!) => {
	const answer = await fetch(url(path), { headers: { cookie } });
	expect(answer.status).toBe(200);
	return answer.text();
};
const postForm = (path: string, fields: Record<string, string>, cookie?: string) =>
	fetch(url(path), {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: people.app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
		body: new URLSearchParams(fields)
	});
const mailTo = (address: string) => smtp.waitForMessage((mail: ParsedMail) => [mail.to ?? []].flat().some((to) => to.text === address), 15_000);
const linkPath = (mail: ParsedMail) => new URL(mail.text!.match(/https?:\/\/\S+/)![0]).pathname;

type ApiEntry = {
	action: string;
	source: string;
	summary: string;
	actor: { label: string; userId: string | null; kind: string };
	entity: { type: string; label: string; name: string | null };
	changedFields: string[];
	changes: { field: string; label: string; before: string | null; after: string | null }[];
	before: unknown;
	after: unknown;
};
const spaceLog = async (query = ''): Promise<ApiEntry[]> => {
	const answer = await fetch(url(`/api/v1/spaces/grozd/audit${query}`), {
		headers: { authorization: `Bearer ${people.fixture.tokens.adminEverything!.token}` }
	});
	expect(answer.status).toBe(200);
	const body = await answer.json();
	// what the OpenAPI document says of it (it is generated from this schema)
	expect(auditPageSchema.safeParse(body).error).toBeUndefined();
	return body.items;
};

/** The text of each row of the audit table, as a reader sees it. */
const rowsOf = (html: string) => [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map(([row]) => mainText(row!));

describe('the audit log in plain words', () => {
	beforeAll(async () => {
		const changed = await fetch(url('/api/v1/spaces/grozd'), {
			method: 'PATCH',
			headers: { authorization: `Bearer ${people.fixture.tokens.staffSpacesWrite!.token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ mission: { sl: 'Novo poslanstvo Grozda.' }, vision: { sl: 'Nova vizija Grozda.' } })
		});
		expect(changed.status).toBe(200);
	});

	it('heads a space’s log with the space’s name and says what changed in words, before and after', async () => {
		const html = await page('/app/spaces/grozd/audit');
		expect(mainText(html.match(/<h1[^>]*>[\s\S]*?<\/h1>/)![0])).toBe('Dnevnik sprememb: Grozd - stičišče nevladnih organizacij gorenjske regije');
		const row = rowsOf(html).find((text) => text.includes('Sprememba profila'))!;
		expect(row).toContain('Sprememba profila: poslanstvo, vizija');
		expect(row).toContain('staff@example.si');
		expect(row).toContain('API, z žetonom');
		expect(row).toContain('Podrobnosti');
		expect(row).toMatch(
			/Poslanstvo Prej: Slovensko: Poslanstvo regijskega stičišča Grozd NVO .* Potem: Novo poslanstvo Grozda\. Vizija Prej: - Potem: Nova vizija Grozda\./
		);
		expect(row).not.toMatch(/space\.update|socialChallenge|Spremenjena polja|: mission/);

		const english = await page('/en/app/spaces/grozd/audit');
		expect(mainText(english.match(/<h1[^>]*>[\s\S]*?<\/h1>/)![0])).toBe('Audit log: Grozd - hub of non-governmental organisations of the Gorenjska region');
		expect(rowsOf(english).find((text) => text.includes('Changed the profile'))).toContain('Changed the profile: mission, vision');
	});

	it('filters by kind of record, chosen by its name in words', async () => {
		const html = await page('/app/spaces/grozd/audit?entity=space');
		expect(html).toMatch(/<select id="field-entity" name="entity"/);
		expect(html).toMatch(/<option value="space" selected="?">Profil prostora<\/option>/);
		expect(html).toContain('<option value="space_member">Oseba v ekipi</option>');
		// only the kinds this log holds are offered: API tokens belong to the platform's log
		expect(html).not.toContain('value="api_token"');
		expect(await page('/app/audit', people.cookies.platformAdmin)).toContain('<option value="api_token">Žeton za API</option>');
		const rows = rowsOf(html);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((text) => text.includes('Profil prostora'))).toBe(true);
		expect(rowsOf(await page('/app/spaces/grozd/audit?entity=space_member')).every((text) => text.includes('Oseba v ekipi'))).toBe(true);
	});

	it('names the organisation a membership entry is about, though its record holds only the id', async () => {
		const memberships = await spaceLog('?entity=membership');
		expect(memberships.length).toBeGreaterThan(0);
		for (const entry of memberships) expect(entry.entity).toMatchObject({ label: 'Članstvo', name: expect.stringMatching(/\S/) });
		const [first] = rowsOf(await page('/app/spaces/grozd/audit?entity=membership'));
		expect(first).toContain(`Vpis članstva Članstvo: ${mainText(memberships[0]!.entity.name!)}`);
		// the details name what the membership holds, never the ids of the space and the organisation
		expect(first).toMatch(/Status članstva Član/);
		expect(first).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
	});

	it('keeps the API’s entries as they were and adds the words', async () => {
		const [entry] = (await spaceLog('?entity=space')).filter((candidate) => candidate.source === 'api');
		expect(entry).toMatchObject({
			action: 'space.update',
			summary: 'Sprememba profila: poslanstvo, vizija',
			actor: { label: 'staff@example.si', kind: 'person' },
			entity: { type: 'space', label: 'Profil prostora' },
			changedFields: ['mission', 'vision'],
			before: expect.objectContaining({ mission: expect.objectContaining({ sl: expect.stringContaining('Poslanstvo regijskega') }) })
		});
		const english = await fetch(url('/en/api/v1/spaces/grozd/audit?entity=space'), {
			headers: { authorization: `Bearer ${people.fixture.tokens.adminEverything!.token}` }
		});
		expect((await english.json()).items.map((item: ApiEntry) => item.summary)).toContain('Changed the profile: mission, vision');
		const document = await (await fetch(url('/api/v1/openapi.json'))).json();
		expect(document.components.schemas.AuditPage.properties.items.items).toEqual({ $ref: '#/components/schemas/AuditLogEntry' });
		expect(Object.keys(document.components.schemas.AuditLogEntry.properties)).toEqual(
			expect.arrayContaining(['summary', 'changes', 'before', 'after', 'changedFields'])
		);
		expect(entry!.changes).toEqual([
			{
				field: 'mission',
				label: 'Poslanstvo',
				before: expect.stringContaining('Poslanstvo regijskega'),
				after: expect.stringContaining('Novo poslanstvo Grozda.')
			},
			{ field: 'vision', label: 'Vizija', before: expect.any(String), after: expect.stringContaining('Nova vizija Grozda.') }
		]);
	});
});

describe('people acting on their own behalf', () => {
	it('names a new colleague who accepts an invitation, not the platform or the form', async () => {
		const invite = await postForm(
			'/app/spaces/grozd/team?/invite',
			{ intent: 'invite', email: 'nova@example.si', role: 'staff', locale: 'sl' },
			people.cookies.admin
		);
		expect(invite.status).toBe(200);
		const accept = await postForm(`${linkPath(await mailTo('nova@example.si'))}?/create`, { name: 'Nova Sodelavka', password: 'a password for nova' });
		expect(accept.status).toBe(303);

		const entries = await spaceLog();
		for (const action of ['invitation.accept', 'space_member.add']) {
			expect(entries.find((entry) => entry.action === action && entry.actor.label === 'nova@example.si')).toMatchObject({
				source: 'form',
				actor: { kind: 'person', userId: expect.any(String) }
			});
		}
		expect(entries.find((entry) => entry.action === 'invitation.create')).toMatchObject({ actor: { label: 'admin@example.si' } });
		const row = rowsOf(await page('/app/spaces/grozd/audit?entity=invitation')).find((text) => text.includes('Sprejem vabila v ekipo'))!;
		expect(row).toContain('nova@example.si');
		expect(row).not.toMatch(/sistem/);
	});

	it('names the owner who sets a new password by a reset link, and who changes their own', async () => {
		const requested = await postForm('/app/forgot-password', { email: 'viewer@example.si' });
		expect(requested.status).toBe(200);
		expect((await postForm(linkPath(await mailTo('viewer@example.si')), { newPassword: 'a brand new password' })).status).toBe(303);
		const changed = await postForm('/app/account', { currentPassword: 'a long test password', newPassword: 'another new password' }, people.cookies.staff);
		expect(changed.status).toBe(200);

		expect(rowsOf(await page('/app/audit', people.cookies.platformAdmin)).length).toBeGreaterThan(10);
		const rows = rowsOf(await page('/app/audit?entity=user', people.cookies.platformAdmin));
		expect(rows.find((text) => text.includes('Nastavitev novega gesla'))).toContain('viewer@example.si');
		expect(rows.find((text) => text.includes('Sprememba gesla'))).toContain('staff@example.si');
		expect(rows.filter((text) => /Nastavitev novega gesla|Sprememba gesla/.test(text)).some((text) => text.includes('sistem'))).toBe(false);
	});
});
