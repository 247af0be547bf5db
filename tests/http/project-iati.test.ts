import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iatiSchemaDir, validateIatiActivities } from '../../src/lib/server/projects/iati/iati-schema.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// Every demo space's and project's IATI export, fetched as a publisher's tool would, must pass the
// official 2.03 schema (IATI_SCHEMA_DIR, set by .ci/run to ../shared/iati).
const schemaMissing = !iatiSchemaDir();
if (schemaMissing) console.warn('IATI_SCHEMA_DIR is not set: the IATI export tests are skipped (.ci/run sets it to ../shared/iati)');

let people: PeopleApp;
beforeAll(async () => {
	if (!schemaMissing) people = await startPeopleApp();
});
afterAll(() => people?.app.close());

const fetchApi = (path: string) => fetch(`${people.app.url}/api/v1${path}`);

async function xmlAt(path: string) {
	const response = await fetchApi(path);
	expect(response.status, path).toBe(200);
	expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
	return response.text();
}

describe.skipIf(schemaMissing)('IATI export', () => {
	it('exports every demo space and every demo project as IATI 2.03 that validates against the official schema', async () => {
		const spaces: { slug: string }[] = (await (await fetchApi('/spaces')).json()).items;
		let projectsExported = 0;
		for (const { slug } of spaces) {
			const projects: { id: string; startsOn: string | null; endsOn: string | null }[] = (await (await fetchApi(`/spaces/${slug}/projects`)).json()).items;
			const dated = projects.filter((project) => project.startsOn || project.endsOn);
			if (dated.length === 0) {
				const refused = await fetchApi(`/spaces/${slug}/iati.xml`);
				expect(refused.status, slug).toBe(409);
				expect(await refused.json()).toMatchObject({ code: 'iati_no_dated_project' });
			} else {
				const spaceXml = await xmlAt(`/spaces/${slug}/iati.xml`);
				expect(await validateIatiActivities(spaceXml), slug).toEqual({ valid: true, errors: [] });
				expect(spaceXml.match(/<iati-activity /g) ?? []).toHaveLength(dated.length);
			}
			for (const { id, startsOn, endsOn } of projects) {
				if (!startsOn && !endsOn) {
					// IATI requires a date: an undated project is refused by name, not exported invalid
					const refused = await fetchApi(`/spaces/${slug}/projects/${id}/iati.xml`);
					expect(refused.status).toBe(409);
					expect(await refused.json()).toMatchObject({ code: 'project_period_unknown' });
					continue;
				}
				const projectXml = await xmlAt(`/spaces/${slug}/projects/${id}/iati.xml`);
				expect(await validateIatiActivities(projectXml), `${slug} ${id}`).toEqual({ valid: true, errors: [] });
				projectsExported++;
			}
		}
		expect(projectsExported).toBeGreaterThanOrEqual(3);
	});

	it("names PRO-NVO-VID's organisations in their IATI roles, its dates and that it is closed", async () => {
		const projects: { id: string; slug: string }[] = (await (await fetchApi('/spaces/nvo-vid/projects')).json()).items;
		const proNvoVid = projects.find((project) => project.slug === 'pro-nvo-vid')!;
		const xml = await xmlAt(`/spaces/nvo-vid/projects/${proNvoVid.id}/iati.xml`);
		expect(xml).toMatch(/<participating-org (ref="SI-PRS-\d+" )?role="2">\s*<narrative>[^<]*IPAK/);
		expect(xml).toContain('<activity-status code="4"/>');
		expect(xml).toMatch(/<activity-date type="1" iso-date="2018-\d\d-\d\d"\/>/);
		expect(xml).toMatch(/<activity-date type="4" iso-date="2019-\d\d-\d\d"\/>/);
		expect(xml).toMatch(/<reporting-org ref="[^"]+" type="22">/);
	});

	it('answers a project or a space that does not exist with 404', async () => {
		expect((await fetchApi('/spaces/nvo-vid/projects/00000000-0000-4000-8000-000000000000/iati.xml')).status).toBe(404);
		expect((await fetchApi('/spaces/nvo-vid/projects/nope/iati.xml')).status).toBe(404);
		expect((await fetchApi('/spaces/nowhere/iati.xml')).status).toBe(404);
	});
});
