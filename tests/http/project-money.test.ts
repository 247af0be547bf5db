import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../support/api-call.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { getPage, postForm } from '../support/registry-app.ts';

// A project's money and the public calls, through the API as the OpenAPI document describes it.
let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp();
});
afterAll(() => people?.app.close());

const call = apiCaller(() => people);

const projectOf = async (slug: string) => (await call(`/spaces/${slug}/projects`)).body.items.at(-1).id as string;
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('project money API', () => {
	it("shows anyone PRO-NVO-VID's money from seed 001, in cents and in words, and the call it was selected in", async () => {
		const money = await call(`/spaces/nvo-vid/projects/${await projectOf('nvo-vid')}/money`);
		expect(money).toMatchObject({
			status: 200,
			body: {
				total: { cents: 7633402, text: { sl: nbsp('76.334,02 €'), en: '€76,334.02' } },
				fundingLines: [{ organisation: { name: 'Ministrstvo za javno upravo' }, amount: { cents: 6000000 } }],
				ownFunds: [{ amount: { cents: 1633402 } }],
				sources: { cents: 7633402 },
				call: { year: 2018, funder: { name: 'Ministrstvo za javno upravo' } }
			}
		});
		const calls = await call('/calls');
		expect(calls.status).toBe(200);
		expect(calls.body.items.map((item: { title: { sl: string } }) => item.title.sl)).toContain(
			'Javni razpis za sofinanciranje projektov razvoja in profesionalizacije NVO in prostovoljstva 2018'
		);
	});

	it('lets an admin token record a call and set money that adds up; refuses a total the sources do not reach, beside the total', async () => {
		const path = `/spaces/grozd/projects/${await projectOf('grozd')}/money`;
		const newCall = {
			title: { sl: 'Javni razpis za podporno okolje za razvoj NVO 2019–2023' },
			fund: 'Sklad za NVO',
			reference: 'Uradni list RS 48/19',
			year: 2019
		};
		expect(await call('/calls', { method: 'POST', body: newCall })).toMatchObject({ status: 401 });
		expect(await call('/calls', { method: 'POST', token: 'viewerWrite', body: newCall })).toMatchObject({ status: 403, body: { code: 'forbidden' } });
		const recorded = await call('/calls', { method: 'POST', token: 'adminEverything', body: newCall });
		expect(recorded).toMatchObject({ status: 201, body: { reference: 'Uradni list RS 48/19', fund: 'Sklad za NVO', funder: null } });

		const money = {
			total: '100.000,00',
			callId: recorded.body.id,
			fundingLines: [
				{
					name: 'Evropska unija',
					fund: 'ESS',
					programme: 'OP 2014–2020',
					priorityAxis: '11',
					investmentPriority: '11.4',
					specificObjective: '1',
					amount: '80.000,00'
				}
			],
			ownFunds: [{ name: 'Zavod Tri', amount: '15.000' }]
		};
		const mismatch = await call(path, { method: 'PUT', token: 'adminEverything', body: money });
		expect(mismatch).toMatchObject({
			status: 400,
			body: { code: 'project_money_totals_mismatch', details: { field: 'total', sourcesCents: 9500000, totalCents: 10000000 } }
		});
		expect(await call(path, { method: 'PUT', token: 'viewerWrite', body: money })).toMatchObject({ status: 403 });
		const set = await call(path, { method: 'PUT', token: 'adminEverything', body: { ...money, ownFunds: [{ name: 'Zavod Tri', amount: '20.000' }] } });
		expect(set).toMatchObject({
			status: 200,
			body: { total: { cents: 10000000 }, sources: { cents: 10000000 }, fundingLines: [{ fund: 'ESS', investmentPriority: '11.4' }], call: { year: 2019 } }
		});
		expect((await call(path)).body.ownFunds).toMatchObject([{ name: 'Zavod Tri', amount: { cents: 2000000 } }]);
	});

	it('reads amounts in the language the query names, and names a malformed one by its field', async () => {
		const path = `/spaces/grozd/projects/${await projectOf('grozd')}/money`;
		const english = await call(`${path}?locale=en`, { method: 'PUT', token: 'adminEverything', body: { total: '1,000' } });
		expect(english).toMatchObject({ status: 200, body: { total: { cents: 100000 } } });
		const ambiguous = await call(path, { method: 'PUT', token: 'adminEverything', body: { total: '1,000' } });
		expect(ambiguous).toMatchObject({ status: 400, body: { code: 'invalid_input' } });
		expect(JSON.stringify(ambiguous.body)).toContain('amount_ambiguous');
		expect(await call('/spaces/grozd/projects/00000000-0000-4000-8000-000000000000/money')).toMatchObject({ status: 404, body: { code: 'project_not_found' } });
	});

	it('describes the calls and the money in the OpenAPI document', async () => {
		const { body } = await call('/openapi.json');
		expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/calls', '/spaces/{slug}/projects/{id}/money']));
		expect(body.components.schemas).toHaveProperty('ProjectMoneyInput');
	});
});

describe('project money in the back office', () => {
	it('shows PRO-NVO-VID’s money in the form as Slovenians write it, only to admins and staff', async () => {
		const path = `/app/spaces/nvo-vid/projects/${await projectOf('nvo-vid')}/money`;
		const page = await getPage(people, people.cookies.platformAdmin, path);
		expect(page.status).toBe(200);
		const html = await page.text();
		for (const amount of ['value="76.334,02"', 'value="60.000,00"', 'value="16.334,02"']) expect(html).toContain(amount);
		expect((await getPage(people, people.cookies.viewer, `/app/spaces/grozd/projects/${await projectOf('grozd')}/money`)).status).toBe(403);
	});

	it('saves a funding line and own funds without JavaScript, and names a mismatch beside the total with both sums', async () => {
		const path = `/app/spaces/grozd/projects/${await projectOf('grozd')}/money?/save`;
		const fields = {
			total: '76.334,02',
			callId: '',
			'fundingLines.0.name': 'Ministrstvo za javno upravo',
			'fundingLines.0.fund': 'Sklad za NVO',
			'fundingLines.0.amount': '60.000,00',
			'fundingLines.1.amount': '',
			'ownFunds.0.name': 'Zavod Tri',
			'ownFunds.0.amount': '15.000',
			'ownFunds.1.amount': ''
		};
		const refused = await postForm(people, people.cookies.staff!, path, fields);
		expect(refused.status).toBe(400);
		const html = (await refused.text()).replace(/\u00a0/g, ' ');
		expect(html).toContain('Vsota virov (75.000,00 €) se ne ujema s skupno vrednostjo (76.334,02 €)');
		expect(html).toMatch(/id="field-total-error"[^>]*>Vsota virov/);
		expect(html).toContain('value="15.000"');
		const saved = await postForm(people, people.cookies.staff!, path, { ...fields, 'ownFunds.0.amount': '16.334,02' });
		expect(saved.status).toBe(200);
		expect(await saved.text()).toContain('Finančna vrednost je shranjena.');
		const money = (await call(`/spaces/grozd/projects/${await projectOf('grozd')}/money`)).body;
		expect(money).toMatchObject({
			total: { cents: 7633402 },
			fundingLines: [{ name: 'Ministrstvo za javno upravo', fund: 'Sklad za NVO' }],
			ownFunds: [{ amount: { cents: 1633402 } }]
		});
	});
});
