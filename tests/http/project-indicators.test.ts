import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUsersRepository } from '../../src/lib/server/auth/users.repository.ts';
import { anonymous, cliActor } from '../../src/lib/server/policy/actor.ts';
import { listProjectOrganisations } from '../../src/lib/server/projects/partners/project-organisations.usecases.ts';
import { listProjects } from '../../src/lib/server/projects/projects.usecases.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { spaceMembers } from '../../src/lib/server/team/team.table.ts';
import { createApiToken } from '../../src/lib/server/tokens/tokens.usecases.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// Grozd's hub project with an indicator; its member editor keeps Zavod Tri, one of the project's hosts, so is its partner here.
let people: PeopleApp;
let projectId = '';
let triId = '';
let partnerToken = '';
beforeAll(async () => {
	people = await startPeopleApp({
		afterSeeding: async (db) => {
			const grozd = await findSpaceRef(db, 'grozd');
			projectId = (await listProjects({ db, actor: anonymous, space: grozd }))[0]!.id;
			const taking = await listProjectOrganisations({ db, actor: anonymous, space: grozd, projectId });
			triId = taking.find((row) => row.organisation.name.startsWith('Zavod Tri'))!.organisation.id;
			const editor = (await createUsersRepository({ db }).findByEmail('membereditor@example.si'))!;
			await db.update(spaceMembers).set({ organisationId: triId }).where(eq(spaceMembers.userId, editor.id));
			partnerToken = (
				await createApiToken({ db, context: { actor: cliActor, source: 'cli' }, userId: editor.id, input: { name: 'partner', scopes: ['write'] } })
			).token;
		}
	});
});
afterAll(() => people?.app.close());

async function call(path: string, { method = 'GET', token, body }: { method?: string; token?: string; body?: unknown } = {}) {
	const bearer = token === 'partner' ? partnerToken : token && people.fixture.tokens[token]!.token;
	const response = await fetch(`${people.app.url}/api/v1${path}`, {
		method,
		headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: response.status, body: await response.json() };
}

const indicator = {
	name: { sl: 'Svetovanja organizacijam', en: 'Advice given to organisations' },
	unit: 'svetovanj',
	baselineValue: 0,
	target: 20,
	measure: 'cumulative',
	periods: [
		{ startsOn: '1. 1. 2024', endsOn: '31. 12. 2024' },
		{ startsOn: '2025-01-01', endsOn: '2025-12-31' }
	]
};

describe('project indicators API', () => {
	it("lets the space's staff define an indicator, a partner enter its part, and only staff approve it", async () => {
		const path = `/projects/${projectId}/indicators`;
		expect(await call(path)).toMatchObject({
			status: 200,
			body: { items: [], rules: expect.arrayContaining([expect.objectContaining({ id: 'team.people' })]) }
		});
		expect(await call(path, { method: 'POST', body: indicator })).toMatchObject({ status: 401 });
		expect(await call(path, { method: 'POST', token: 'staffRead', body: indicator })).toMatchObject({ status: 403 });
		expect(await call(path, { method: 'POST', token: 'partner', body: indicator })).toMatchObject({ status: 403, body: { code: 'forbidden' } });
		const created = await call(path, { method: 'POST', token: 'adminEverything', body: indicator });
		expect(created).toMatchObject({ status: 201, body: { periods: [{ startsOn: '2024-01-01' }, { startsOn: '2025-01-01' }] } });
		const actuals = `${path}/${created.body.id}/actuals`;
		const part = await call(actuals, {
			method: 'PUT',
			token: 'partner',
			body: { periodStartsOn: '2024-01-01', organisationId: triId, value: 7, note: 'Zapisniki svetovanj' }
		});
		expect(part).toMatchObject({ status: 200, body: { status: 'draft', value: 7 } });
		expect(await call(actuals, { method: 'PUT', token: 'partner', body: { periodStartsOn: '2024-06-01', organisationId: triId, value: 7 } })).toMatchObject({
			status: 400,
			body: { code: 'indicator_period_unknown' }
		});
		const status = `${actuals}/${part.body.id}/status`;
		expect(await call(status, { method: 'POST', token: 'partner', body: { status: 'approved' } })).toMatchObject({ status: 403 });
		expect(await call(status, { method: 'POST', token: 'partner', body: { status: 'submitted' } })).toMatchObject({
			status: 200,
			body: { status: 'submitted' }
		});
		expect(await call(status, { method: 'POST', token: 'adminEverything', body: { status: 'approved' } })).toMatchObject({
			status: 200,
			body: { status: 'approved' }
		});
		const listed = await call(path);
		expect(listed.body.items[0]).toMatchObject({
			achieved: 7,
			fraction: 0.35,
			periods: [
				{ actual: 7, achieved: 7 },
				{ actual: null, achieved: 7 }
			],
			actuals: [{ organisationId: triId, note: 'Zapisniki svetovanj', status: 'approved' }]
		});
	});

	it('exports the indicators as CSV and XLSX, one row per period', async () => {
		const csv = await fetch(`${people.app.url}/api/v1/projects/${projectId}/indicators.csv`);
		expect(csv.headers.get('content-type')).toContain('text/csv');
		const lines = (await csv.text()).split('\r\n');
		expect(lines[1]).toBe('Svetovanja organizacijam,Advice given to organisations,svetovanj,cumulative,0,,20,2024-01-01,2024-12-31,7,7,0.35');
		const xlsx = await fetch(`${people.app.url}/api/v1/projects/${projectId}/indicators.xlsx`);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await xlsx.arrayBuffer());
		expect(workbook.getWorksheet('indicators')!.rowCount).toBe(3);
		expect((await fetch(`${people.app.url}/api/v1/projects/${projectId}/indicators.pdf`)).status).toBe(404);
		expect((await fetch(`${people.app.url}/api/v1/projects/00000000-0000-4000-8000-000000000000/indicators.csv`)).status).toBe(404);
	});

	it('shows each indicator on a public page as an SVG chart for screen readers, with its figures in a table beside it, without script', async () => {
		const page = await (await fetch(`${people.app.url}/projects/${projectId}/indicators`)).text();
		const svg = page.slice(page.indexOf('<svg'), page.indexOf('</svg>'));
		expect(svg).toMatch(/role="img"/);
		expect(svg).toMatch(/<title id="chart-[^"]+-title">Napredek kazalnika Svetovanja organizacijam<\/title>/);
		expect(svg).toContain('<desc');
		expect(svg.match(/<rect/g)).toHaveLength(2);
		expect(page).toMatch(/<caption>Svetovanja organizacijam: vrednosti po obdobjih<\/caption>/);
		expect(page).toMatch(/<td>7<\/td><td>7<\/td><td>35 %<\/td>/);
		expect((await fetch(`${people.app.url}/projects/not-a-project/indicators`)).status).toBe(404);
	});

	it('describes its paths in the OpenAPI document', async () => {
		const document = (await (await fetch(`${people.app.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
		expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/projects/{id}/indicators', '/projects/{id}/indicators/{indicatorId}/actuals']));
	});
});
