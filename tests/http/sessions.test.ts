import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { sessionCookieName, signedSessionCookie } from '../support/sessions.ts';

let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp();
});
afterAll(() => people?.app.close());

/** The back office's start page, which greets the person by name (the fixture names people by role). */
const home = (cookie?: string) => fetch(`${people.app.url}/app`, { redirect: 'manual', headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });

describe('minted sessions (tests/support/sessions.ts)', () => {
	it('are accepted by the app as a sign-in through the form would be', async () => {
		const cookie = people.cookies.staff!;
		expect(cookie.startsWith(`${sessionCookieName}=`)).toBe(true);
		const page = await home(cookie);
		expect(page.status).toBe(200);
		expect(mainText(await page.text())).toMatch(/Pozdravljeni, staff\.[\s\S]*Grozd[\s\S]*Vaša vloga: sodelavec/);
		const fresh = await home(await people.newSession('admin@example.si'));
		expect(fresh.status).toBe(200);
		expect(mainText(await fresh.text())).toContain('Pozdravljeni, admin.');
	});

	it('mean something: without a cookie, or with one signed with another secret, the page sends people to sign in', async () => {
		const anonymous = await home();
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toContain('/app/sign-in');
		const token = decodeURIComponent(people.cookies.staff!.split('=')[1]!).split('.')[0]!;
		const forged = await home(signedSessionCookie(token, 'another secret that is long enough 0123456789'));
		expect(forged.status).toBe(303);
		expect(forged.headers.get('location')).toContain('/app/sign-in');
	});
});
