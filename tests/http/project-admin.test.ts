import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../support/api-call.ts';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { getPage, postForm } from '../support/registry-app.ts';

// A project's back office without JavaScript: its page, its edit form part by part, and its copy.
let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp();
});
afterAll(() => people?.app.close());

const call = apiCaller(() => people);
const grozdProject = async () =>
	(await call('/spaces/grozd/projects')).body.items.find((project: { slug: string }) => project.slug === 'grozd-nvo').id as string;
const staff = () => people.cookies.staff!;
/** The form of a part, as the page would send it: its section and the version it was loaded with. */
const sectionForm = async (id: string, section: string, fields: Record<string, string>) => {
	const { updatedAt } = (await call(`/projects/${id}`)).body;
	return { section, updatedAt, ...fields };
};
const html = async (response: Response) => (await response.text()).replace(/\u00a0/g, ' ');

describe("a project's page in the back office", () => {
	it('is linked from the list, links to every part and the public page, and is refused to people who are not staff', async () => {
		const id = await grozdProject();
		const list = await html(await getPage(people, staff(), '/app/spaces/grozd/projects'));
		expect(list).toContain(`href="/app/spaces/grozd/projects/${id}"`);
		const page = await getPage(people, staff(), `/app/spaces/grozd/projects/${id}`);
		expect(page.status).toBe(200);
		const body = await html(page);
		for (const part of ['edit', 'money', 'partners', 'indicators', 'cover', 'duplicate'])
			expect(body).toContain(`href="/app/spaces/grozd/projects/${id}/${part}"`);
		expect(body).toContain('href="/spaces/grozd/projects/grozd-nvo"');
		// seed 002 states no start: the period shows its end alone
		expect(mainText(body)).toContain('do 30. september 2023');
		for (const download of ['report.pdf', 'report.docx']) expect(body).toContain(`href="/spaces/grozd/projects/grozd-nvo/${download}"`);
		for (const path of ['', '/edit', '/duplicate']) {
			expect((await getPage(people, people.cookies.viewer, `/app/spaces/grozd/projects/${id}${path}`)).status).toBe(403);
			expect((await getPage(people, people.cookies.memberEditor, `/app/spaces/grozd/projects/${id}${path}`)).status).toBe(403);
		}
		// a project of another space is not found under this one
		const nvoVid = (await call('/spaces/nvo-vid/projects')).body.items[0].id;
		expect((await getPage(people, people.cookies.admin, `/app/spaces/grozd/projects/${nvoVid}/edit`)).status).toBe(404);
	});
});

describe("editing a project's basics and details without JavaScript", () => {
	it('creates a second project, then refuses mistakes beside their fields keeping what was typed, and saves the basics with the predecessor', async () => {
		const created = await postForm(people, staff(), '/app/spaces/grozd/projects?/create', {
			'title.sl': 'Grozd 2023–2027',
			'title.en': '',
			acronym: '',
			slug: 'grozd-2023',
			startsOn: '1. 10. 2023',
			endsOn: ''
		});
		expect(created.status).toBe(200);
		const projects = (await call('/spaces/grozd/projects')).body.items as { id: string; slug: string }[];
		const successor = projects.find((project) => project.slug === 'grozd-2023')!.id;
		const predecessor = await grozdProject();
		const path = `/app/spaces/grozd/projects/${successor}/edit?section=basics`;
		const wrong = await sectionForm(successor, 'basics', {
			'title.sl': '',
			'title.en': 'Grozd 2023–2027',
			acronym: 'GROZD',
			slug: 'Ni Dobro',
			startsOn: '1. 10. 2023',
			endsOn: '30. 9. 2020',
			predecessorId: predecessor
		});
		const refused = await postForm(people, staff(), path, wrong);
		expect(refused.status).toBe(400);
		const page = await html(refused);
		expect(page).toMatch(/id="field-title.sl-error"[^>]*>[^<]+/);
		expect(page).toMatch(/id="field-slug-error"[^>]*>Naslov strani sme imeti le male črke/);
		expect(page).toContain('value="Ni Dobro"');
		expect(page).toContain('value="GROZD"');
		const taken = await postForm(people, staff(), path, { ...wrong, 'title.sl': 'Grozd 2023–2027', slug: 'grozd-nvo', endsOn: '30. 9. 2027' });
		expect(taken.status).toBe(409);
		expect(await html(taken)).toMatch(/id="field-slug-error"[^>]*>[^<]*grozd-nvo/);
		const endBefore = await postForm(people, staff(), path, { ...wrong, 'title.sl': 'Grozd 2023–2027', slug: 'grozd-2023' });
		expect(endBefore.status).toBe(400);
		expect(await html(endBefore)).toMatch(/id="field-endsOn-error"[^>]*>Konec ne more biti pred začetkom/);

		const saved = await postForm(people, staff(), path, { ...wrong, 'title.sl': 'Grozd 2023–2027', slug: 'grozd-2023', endsOn: '30. 9. 2027' });
		expect(saved.status).toBe(200);
		expect(await html(saved)).toContain('Shranjeno: Osnovni podatki.');
		expect((await call(`/projects/${successor}`)).body).toMatchObject({
			acronym: 'GROZD',
			title: { sl: 'Grozd 2023–2027', en: 'Grozd 2023–2027' },
			startsOn: '2023-10-01',
			endsOn: '2027-09-30',
			predecessor: { id: predecessor }
		});
		// the form shows the dates as people write them
		expect(await html(await getPage(people, staff(), path))).toContain('value="30. 9. 2027"');
	});

	it('adds and removes rows of the objectives tree by sending the form, and saves general and specific objectives with their results', async () => {
		const id = await grozdProject();
		const path = `/app/spaces/grozd/projects/${id}/edit?section=objectives`;
		const typed = await sectionForm(id, 'objectives', {
			'objectives.0.title.sl': 'Močnejše NVO Gorenjske',
			'objectives.0.title.en': '',
			'objectives.0.description.sl': '',
			'objectives.0.description.en': '',
			'objectives.0.results.sl': '12 usposabljanj\n\n3 posveti',
			'objectives.0.results.en': '12 trainings'
		});
		const added = await postForm(people, staff(), path, { ...typed, add_row: 'objectives.0.objectives' });
		expect(added.status).toBe(200);
		const withRow = await html(added);
		expect(withRow).toContain('name="objectives.0.objectives.0.title.sl"');
		expect(withRow).toContain('Močnejše NVO Gorenjske');
		const addedGeneral = await html(await postForm(people, staff(), path, { ...typed, add_row: 'objectives' }));
		expect(addedGeneral).toContain('name="objectives.1.title.sl"');

		const withSpecific = {
			...typed,
			'objectives.0.objectives.0.title.sl': 'Več prostovoljcev',
			'objectives.0.objectives.0.results.sl': '40 novih prostovoljcev'
		};
		const tooManyEnglish = await postForm(people, staff(), path, { ...withSpecific, 'objectives.0.objectives.0.results.en': 'a\nb' });
		expect(tooManyEnglish.status).toBe(400);
		expect(await html(tooManyEnglish)).toMatch(/id="field-objectives.0.objectives.0.results.en-error"[^>]*>Angleških vrstic je več/);
		// a second general objective left empty is no objective
		const saved = await postForm(people, staff(), path, { ...withSpecific, 'objectives.1.title.sl': '', 'objectives.1.results.sl': '' });
		expect(saved.status).toBe(200);
		const { objectives } = (await call(`/projects/${id}`)).body;
		expect(objectives).toMatchObject([
			{
				title: { sl: 'Močnejše NVO Gorenjske' },
				results: [{ sl: '12 usposabljanj', en: '12 trainings' }, { sl: '3 posveti' }],
				objectives: [{ title: { sl: 'Več prostovoljcev' }, results: [{ sl: '40 novih prostovoljcev' }] }]
			}
		]);

		const removed = await html(await postForm(people, staff(), path, { ...withSpecific, remove_row: 'objectives.0.objectives.0' }));
		expect(removed).not.toContain('name="objectives.0.objectives.0.title.sl"');
		expect(removed).toContain('Močnejše NVO Gorenjske');
	});

	it('saves strands, links, problem and goal, and the contact, naming a wrong web address and e-mail beside their fields', async () => {
		const id = await grozdProject();
		const post = async (section: string, fields: Record<string, string>) =>
			postForm(people, staff(), `/app/spaces/grozd/projects/${id}/edit?section=${section}`, await sectionForm(id, section, fields));
		expect(
			(await post('strands', { 'strands.0.title.sl': 'Zagovorništvo', 'strands.0.description.sl': 'Odzivi na predpise', 'strands.1.title.sl': 'Mreženje' }))
				.status
		).toBe(200);
		const badLink = await post('links', { 'links.0.title.sl': 'Poročilo', 'links.0.url': 'ni naslov' });
		expect(badLink.status).toBe(400);
		const badLinkPage = await html(badLink);
		expect(badLinkPage).toMatch(/id="field-links.0.url-error"/);
		expect(badLinkPage).toContain('value="ni naslov"');
		expect((await post('links', { 'links.0.title.sl': 'Poročilo', 'links.0.url': 'https://grozd.si/porocilo.pdf' })).status).toBe(200);
		expect((await post('texts', { 'problem.sl': 'NVO so šibke.', 'goal.sl': 'Močnejše NVO.', 'goal.en': 'Stronger NGOs.' })).status).toBe(200);
		const badMail = await post('contact', { 'contact.name': 'Ana Novak', 'contact.email': 'ana(at)grozd', 'contact.phone': '' });
		expect(badMail.status).toBe(400);
		expect(await html(badMail)).toMatch(/id="field-contact.email-error"/);
		expect((await post('contact', { 'contact.name': 'Ana Novak', 'contact.email': 'ana@grozd.si', 'contact.phone': '04 123 45 67' })).status).toBe(200);
		expect((await call(`/projects/${id}`)).body).toMatchObject({
			problem: { sl: 'NVO so šibke.' },
			goal: { sl: 'Močnejše NVO.', en: 'Stronger NGOs.' },
			strands: [
				{ title: { sl: 'Zagovorništvo' }, description: { sl: 'Odzivi na predpise' } },
				{ title: { sl: 'Mreženje' }, description: null }
			],
			links: [{ title: { sl: 'Poročilo' }, url: 'https://grozd.si/porocilo.pdf' }],
			contact: { name: 'Ana Novak', email: 'ana@grozd.si', phone: '04 123 45 67' }
		});
	});

	it('refuses to save over a change made meanwhile, keeping what was typed; the API does the same with If-Match', async () => {
		const id = await grozdProject();
		const stale = await sectionForm(id, 'contact', { 'contact.name': 'Stara stran', 'contact.email': '', 'contact.phone': '' });
		await postForm(
			people,
			staff(),
			`/app/spaces/grozd/projects/${id}/edit?section=contact`,
			await sectionForm(id, 'contact', { 'contact.name': 'Nova', 'contact.email': '', 'contact.phone': '' })
		);
		const refused = await postForm(people, staff(), `/app/spaces/grozd/projects/${id}/edit?section=contact`, stale);
		expect(refused.status).toBe(412);
		expect(await html(refused)).toContain('value="Stara stran"');

		const got = await fetch(`${people.app.url}/api/v1/projects/${id}`);
		const etag = got.headers.get('etag')!;
		expect(etag).toMatch(/^".+"$/);
		const patch = (ifMatch: string, acronym: string) =>
			fetch(`${people.app.url}/api/v1/projects/${id}`, {
				method: 'PATCH',
				headers: { authorization: `Bearer ${people.fixture.tokens.adminEverything!.token}`, 'content-type': 'application/json', 'if-match': ifMatch },
				body: JSON.stringify({ acronym })
			});
		const first = await patch(etag, 'GROZD-NVO');
		expect(first.status).toBe(200);
		expect(first.headers.get('etag')).not.toBe(etag);
		expect((await patch(etag, 'X')).status).toBe(412);
	});
});

describe('duplicating a project', () => {
	it('asks first, then copies details, objectives, strands, links, partners, money and indicators without actuals into a new project', async () => {
		const id = await grozdProject();
		const indicator = await call(`/projects/${id}/indicators`, {
			method: 'POST',
			token: 'adminEverything',
			body: { name: { sl: 'Usposabljanja' }, unit: 'usposabljanj', target: 12, measure: 'cumulative', every: 'year', from: '1. 1. 2020', to: '31. 12. 2021' }
		});
		expect(indicator.status).toBe(201);
		const actual = await call(`/projects/${id}/indicators/${indicator.body.id}/actuals`, {
			method: 'PUT',
			token: 'adminEverything',
			body: { periodStartsOn: indicator.body.periods[0].startsOn, value: 5 }
		});
		expect(actual.status).toBeLessThan(300);
		const money = await call(`/spaces/grozd/projects/${id}/money`, {
			method: 'PUT',
			token: 'adminEverything',
			body: {
				total: '100.000,00',
				fundingLines: [{ name: 'Ministrstvo za javno upravo', amount: '80.000,00' }],
				ownFunds: [{ name: 'Zavod Tri', amount: '20.000,00' }]
			}
		});
		expect(money.status).toBe(200);

		const question = await html(await getPage(people, staff(), `/app/spaces/grozd/projects/${id}/duplicate`));
		expect(question).toContain('value="grozd-nvo-kopija"');
		expect(mainText(question)).toContain('Dosežene vrednosti kazalnikov ne bodo kopirane');
		expect((await postForm(people, people.cookies.viewer!, `/app/spaces/grozd/projects/${id}/duplicate`, { slug: 'x', 'title.sl': 'x' })).status).toBe(403);
		const refused = await postForm(people, staff(), `/app/spaces/grozd/projects/${id}/duplicate`, { slug: 'grozd-2023', 'title.sl': 'Kopija', 'title.en': '' });
		expect(refused.status).toBe(409);
		expect(await html(refused)).toMatch(/id="field-slug-error"/);

		const made = await postForm(people, staff(), `/app/spaces/grozd/projects/${id}/duplicate`, {
			slug: 'grozd-nvo-kopija',
			'title.sl': 'Grozd – kopija',
			'title.en': ''
		});
		expect(made.status).toBe(303);
		const location = made.headers.get('location')!;
		const copyId = /projects\/([0-9a-f-]{36})\?copied$/.exec(location)![1]!;
		expect(mainText(await html(await getPage(people, staff(), location)))).toContain('Kopija je narejena');

		const [original, copy] = await Promise.all([call(`/projects/${id}`), call(`/projects/${copyId}`)]);
		const content = ({ problem, goal, contact, strands, links, objectives, startsOn, endsOn }: Record<string, unknown>) =>
			JSON.parse(JSON.stringify({ problem, goal, contact, strands, links, objectives, startsOn, endsOn }), (key, value) => (key === 'id' ? undefined : value));
		expect(copy.body).toMatchObject({ slug: 'grozd-nvo-kopija', title: { sl: 'Grozd – kopija' } });
		expect(content(copy.body)).toEqual(content(original.body));
		expect(content(copy.body).objectives[0].objectives).toHaveLength(1);

		const partners = async (projectId: string) =>
			(await call(`/spaces/grozd/projects/${projectId}/organisations`)).body.items.map(
				(row: { organisation: { id: string }; role: string }) => `${row.organisation.id} ${row.role}`
			);
		expect((await partners(id)).length).toBeGreaterThan(0);
		expect(await partners(copyId)).toEqual(await partners(id));
		const moneyOf = async (projectId: string) => {
			const { total, fundingLines, ownFunds, call: publicCall } = (await call(`/spaces/grozd/projects/${projectId}/money`)).body;
			return { total, fundingLines, ownFunds, publicCall };
		};
		expect((await moneyOf(copyId)).fundingLines).toMatchObject([{ name: 'Ministrstvo za javno upravo' }]);
		expect(await moneyOf(copyId)).toEqual(await moneyOf(id));
		const indicators = (await call(`/projects/${copyId}/indicators`, { token: 'adminEverything' })).body.items;
		expect(indicators).toMatchObject([{ name: { sl: 'Usposabljanja' }, target: 12, actuals: [] }]);
		expect((await call(`/projects/${id}/indicators`, { token: 'adminEverything' })).body.items[0].actuals).toHaveLength(1);
	});

	it('is an API call too, described in the OpenAPI document, refused to a token of someone who is not staff', async () => {
		const id = await grozdProject();
		expect(await call(`/projects/${id}/duplicate`, { method: 'POST', token: 'viewerWrite', body: {} })).toMatchObject({ status: 403 });
		const made = await call(`/projects/${id}/duplicate`, { method: 'POST', token: 'adminEverything', body: {} });
		expect(made).toMatchObject({ status: 201, body: { project: { slug: 'grozd-nvo-kopija-2' }, copied: { indicators: 1 } } });
		const { body } = await call('/openapi.json');
		expect(body.paths['/projects/{id}/duplicate'].post.operationId).toBe('duplicateProject');
		expect(body.paths['/projects/{id}'].patch.requestBody.content['application/json'].schema.$ref).toMatch(/ProjectChanges/);
	});
});
