import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUsersRepository } from '../../src/lib/server/auth/users.repository.ts';
import { anonymous } from '../../src/lib/server/policy/actor.ts';
import { listProjectOrganisations } from '../../src/lib/server/projects/partners/project-organisations.usecases.ts';
import { listProjects } from '../../src/lib/server/projects/projects.usecases.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { spaceMembers } from '../../src/lib/server/team/team.table.ts';
import { apiCaller } from '../support/api-call.ts';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { getPage, postForm } from '../support/registry-app.ts';

// Grozd's hub project; its member editor keeps Zavod Tri, one of the project's hosts, so reports as its partner.
let people: PeopleApp;
let projectId = '';
let triId = '';
beforeAll(async () => {
	people = await startPeopleApp({
		afterSeeding: async (db) => {
			const grozd = await findSpaceRef(db, 'grozd');
			projectId = (await listProjects({ db, actor: anonymous, space: grozd }))[0]!.id;
			const taking = await listProjectOrganisations({ db, actor: anonymous, space: grozd, projectId });
			triId = taking.find((row) => row.organisation.name.startsWith('Zavod Tri'))!.organisation.id;
			const editor = (await createUsersRepository({ db }).findByEmail('membereditor@example.si'))!;
			await db.update(spaceMembers).set({ organisationId: triId }).where(eq(spaceMembers.userId, editor.id));
		}
	});
});
afterAll(() => people?.app.close());

const call = apiCaller(() => people);
const page = () => `/app/spaces/grozd/projects/${projectId}/indicators`;
const cookie = (who: string) => people.cookies[who]!;
const listed = async () => (await call(`/projects/${projectId}/indicators`, { token: 'adminEverything' })).body.items as Record<string, unknown>[];
const newIndicator = {
	'name.sl': 'Svetovanja organizacijam',
	'name.en': 'Advice given to organisations',
	unit: 'svetovanj',
	baselineValue: '0',
	baselineOn: '1. 1. 2024',
	target: '1.234,5',
	measure: 'cumulative',
	every: 'year',
	from: '1. 1. 2024',
	to: '31. 12. 2025',
	ruleId: ''
};

describe('project indicators in the back office', () => {
	it('opens to the space’s staff and to a partner’s member editor, no one else', async () => {
		expect((await getPage(people, cookie('staff'), page())).status).toBe(200);
		expect((await getPage(people, cookie('memberEditor'), page())).status).toBe(200);
		for (const who of ['viewer', 'outsider']) expect((await getPage(people, cookie(who), page())).status).toBe(403);
		expect((await postForm(people, cookie('viewer'), `${page()}?/create`, newIndicator)).status).toBe(403);
		// a partner reports, but does not define indicators
		expect((await postForm(people, cookie('memberEditor'), `${page()}?/create`, newIndicator)).status).toBe(403);
		expect(await listed()).toEqual([]);
	});

	it('names each mistake in a new indicator beside its field and keeps what was typed', async () => {
		const refused = await postForm(people, cookie('staff'), `${page()}?/create`, { ...newIndicator, 'name.sl': '', target: '1,500', from: '31. 2. 2024' });
		expect(refused.status).toBe(400);
		const html = await refused.text();
		expect(html).toMatch(/id="field-name\.sl-error"[^>]*>Izpolnite to polje/);
		expect(html).toMatch(/id="field-target-error"/);
		expect(html).toMatch(/id="field-from-error"/);
		expect(html).toContain('value="1,500"');
		expect(html).toContain('value="Advice given to organisations"');
		expect(html).toMatch(/class="error-summary"[\s\S]*href="#field-target"/);
		expect(await listed()).toEqual([]);
	});

	it('adds an indicator typed the Slovenian way, with yearly periods', async () => {
		const added = await postForm(people, cookie('staff'), `${page()}?/create`, newIndicator);
		expect(added.status).toBe(200);
		expect(mainText(await added.text())).toContain('Kazalnik Svetovanja organizacijam je dodan.');
		expect(await listed()).toMatchObject([
			{
				name: { sl: 'Svetovanja organizacijam', en: 'Advice given to organisations' },
				target: 1234.5,
				baselineOn: '2024-01-01',
				periods: [
					{ startsOn: '2024-01-01', endsOn: '2024-12-31' },
					{ startsOn: '2025-01-01', endsOn: '2025-12-31' }
				]
			}
		]);
	});

	it("takes a partner's part with its evidence, which staff see submitted and approve; a partner cannot approve", async () => {
		const indicatorId = (await listed())[0]!.id as string;
		const entered = await postForm(people, cookie('memberEditor'), `${page()}?/enter`, {
			indicatorId,
			organisationId: triId,
			periodStartsOn: '2024-01-01',
			value: '7',
			note: 'Zapisniki svetovanj',
			link: 'https://example.si/zapisniki'
		});
		expect(entered.status).toBe(200);
		const part = ((await listed())[0]!.actuals as { id: string; status: string }[])[0]!;
		expect(part).toMatchObject({ status: 'draft', organisationId: triId, value: 7, note: 'Zapisniki svetovanj' });
		const step = (who: string, status: string) => postForm(people, cookie(who), `${page()}?/step`, { indicatorId, actualId: part.id, status });
		expect((await step('memberEditor', 'submitted')).status).toBe(200);
		expect((await step('memberEditor', 'approved')).status).toBe(403);
		const staffView = mainText(await (await getPage(people, cookie('staff'), page())).text());
		expect(staffView).toMatch(/1\. 1\. 2024 - 31\. 12\. 2024: 7 svetovanj · Zavod Tri[^·]*· oddano Dokazilo: Zapisniki svetovanj Povezava do dokazila Potrdi/);
		const approved = await step('staff', 'approved');
		expect(mainText(await approved.text())).toContain('Vrednost je potrjena in šteje v napredek.');
		expect((await listed())[0]).toMatchObject({ achieved: 7, periods: [{ actual: 7 }, { actual: null }] });
	});

	it('refuses a figure that cannot be read, beside it, keeping the evidence typed', async () => {
		const indicatorId = (await listed())[0]!.id as string;
		const refused = await postForm(people, cookie('staff'), `${page()}?/enter`, {
			indicatorId,
			periodStartsOn: '2025-01-01',
			value: '12,5,0',
			note: 'Poročilo'
		});
		expect(refused.status).toBe(400);
		const html = await refused.text();
		expect(html).toMatch(new RegExp(`id="field-enter-${indicatorId}-value-error"`));
		expect(html).toMatch(new RegExp(`href="#field-enter-${indicatorId}-value"`));
		expect(html).toContain('>Poročilo</textarea>');
	});

	it('edits and removes an indicator by form and by API, only for staff', async () => {
		const indicatorId = (await listed())[0]!.id as string;
		const edited = await postForm(people, cookie('staff'), `${page()}?/update`, {
			...newIndicator,
			indicatorId,
			target: '2.000',
			unit: 'svetovanj organizacijam'
		});
		expect(edited.status).toBe(200);
		expect((await listed())[0]).toMatchObject({ target: 2000, unit: 'svetovanj organizacijam', periods: [{}, {}] });
		const path = `/projects/${projectId}/indicators/${indicatorId}`;
		expect(await call(path, { method: 'PATCH', body: { target: 30 } })).toMatchObject({ status: 401 });
		expect(await call(path, { method: 'PATCH', token: 'viewerWrite', body: { target: 30 } })).toMatchObject({ status: 403 });
		expect(await call(path, { method: 'PATCH', token: 'adminEverything', body: { target: 30 } })).toMatchObject({ status: 200, body: { target: 30 } });
		const removed = await postForm(people, cookie('staff'), `${page()}?/delete`, { indicatorId, indicatorName: 'Svetovanja organizacijam' });
		expect(mainText(await removed.text())).toContain('Kazalnik Svetovanja organizacijam je odstranjen.');
		expect(await listed()).toEqual([]);
		const gone = await fetch(`${people.app.url}/api/v1${path}`, {
			method: 'DELETE',
			headers: { origin: people.app.url, authorization: `Bearer ${people.fixture.tokens.adminEverything!.token}` }
		});
		expect(gone.status).toBe(404);
		const { body } = await call('/openapi.json');
		expect(Object.keys(body.paths['/projects/{id}/indicators/{indicatorId}'])).toEqual(['patch', 'delete']);
	});

	it("shows every indicator of the space's projects in a public table, numbers right-aligned", async () => {
		await postForm(people, cookie('staff'), `${page()}?/create`, { ...newIndicator, target: '40' });
		const response = await getPage(people, undefined, '/spaces/grozd/indicators');
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(mainText(html)).toMatch(/Kazalniki projektov .*Svetovanja organizacijam/);
		expect(html).toMatch(/<td data-label="Cilj" class="[^"]*\bnumeric">(<!--[^>]*-->)*40</);
		expect((await getPage(people, undefined, '/spaces/no-such-space/indicators')).status).toBe(404);
	});
});
