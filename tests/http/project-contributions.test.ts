import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../support/api-call.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// A project's contributions to strategies, through the API as the OpenAPI document describes it.
let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp();
});
afterAll(() => people?.app.close());

const call = apiCaller(() => people);
const projectOf = async (slug: string) => (await call(`/spaces/${slug}/projects`)).body.items.at(-1).id as string;

// the seeds sit beside the checkout, as on every developer machine and in CI
const seedsDir = join('..', 'shared', 'seeds');

/** Seed 001's "contribution to strategies" as strategy → contribution lines, as the page writes them. */
function seedContributions(): string[] {
	const page = readFileSync(
		join(
			seedsDir,
			readdirSync(seedsDir).find((name) => name.startsWith('001_'))!
		),
		'utf8'
	);
	// the heading is in the table of contents first, then over the section
	const section = page.split('Prispevek projekta k doseganju razvojnih ciljev Slovenije').at(-1)!.split('↑ Kazalo ↑')[0]!;
	const lines: string[] = [];
	let strategy = '';
	for (const line of section.split('\n').map((text) => text.trim())) {
		if (line.startsWith('•')) lines.push(`${strategy} → ${line.replace(/^•\s*/, '').replace(/[;.]$/, '')}`);
		else if (line) strategy = line;
	}
	return lines;
}

describe('project contributions API', () => {
	it.skipIf(!existsSync(seedsDir))('gives anyone PRO-NVO-VID’s contributions to strategies, every line of seed 001 in order', async () => {
		const { status, body } = await call(`/projects/${await projectOf('nvo-vid')}/contributions`);
		expect(status).toBe(200);
		const lines = body.items.map((item: { strategy: { sl: string }; contribution: { sl: string } }) => `${item.strategy.sl} → ${item.contribution.sl}`);
		expect(seedContributions()).toHaveLength(11);
		expect(lines).toEqual(seedContributions());
		expect(body.items[0]).toMatchObject({ strategy: { en: 'Slovenian Development Strategy 2030' }, goal: null });
	});

	it('replaces the list for the space’s admins; refuses no token (401) and a viewer (403)', async () => {
		const path = `/projects/${await projectOf('grozd')}/contributions`;
		const items = [
			{ strategy: { sl: 'Strategija razvoja Slovenije 2030' }, goal: { sl: 'Razvojni cilj 2' }, contribution: { sl: 'Usposabljanja za digitalno pismenost' } },
			{ strategy: { sl: 'ZNOrg' }, contribution: { sl: 'Podporno okolje' } }
		];
		expect(await call(path, { method: 'PUT', body: { items } })).toMatchObject({ status: 401 });
		expect(await call(path, { method: 'PUT', token: 'viewerWrite', body: { items } })).toMatchObject({ status: 403, body: { code: 'forbidden' } });
		expect(await call(path, { method: 'PUT', token: 'adminEverything', body: { items: [{ strategy: { sl: '' } }] } })).toMatchObject({
			status: 400,
			body: { code: 'invalid_input' }
		});
		const set = await call(path, { method: 'PUT', token: 'adminEverything', body: { items } });
		expect(set).toMatchObject({ status: 200, body: { items: [{ goal: { sl: 'Razvojni cilj 2' } }, { goal: null, contribution: { sl: 'Podporno okolje' } }] } });
		expect((await call(path)).body).toEqual(set.body);
		expect(await call(path, { method: 'PUT', token: 'adminEverything', body: { items: [] } })).toMatchObject({ status: 200, body: { items: [] } });
		expect((await call(path)).body.items).toEqual([]);
		expect(await call('/projects/00000000-0000-4000-8000-000000000000/contributions')).toMatchObject({ status: 404, body: { code: 'project_not_found' } });
	});

	it('describes the contributions in the OpenAPI document', async () => {
		const { body } = await call('/openapi.json');
		expect(Object.keys(body.paths)).toContain('/projects/{id}/contributions');
		expect(body.components.schemas).toHaveProperty('ProjectContributions');
	});
});
