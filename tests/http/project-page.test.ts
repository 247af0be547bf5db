import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app-server.ts';
import { mainText } from '../support/page-text.ts';

let app: TestApp;
beforeAll(async () => {
	app = await startTestApp();
});
afterAll(() => app.close());

const page = async (path: string) => {
	const response = await fetch(`${app.url}${path}`);
	return { status: response.status, html: await response.text() };
};

describe("a project's public page", () => {
	it('is in English at /en, with amounts, dates and roles as English writes them and links that stay in English', async () => {
		const { status, html } = await page('/en/spaces/nvo-vid/projects/pro-nvo-vid');
		expect(status).toBe(200);
		expect(html).toContain('<html lang="en"');
		const text = mainText(html);
		for (const fact of [
			'Professionalisation of the thematic network of non-governmental organisations for an inclusive information society (PRO-NVO-VID)',
			'Status Ended',
			'Period 1 October 2018 - 31 December 2019',
			'Contents',
			'↑ Contents ↑',
			'1) Development and professionalisation of non-governmental organisations',
			"The project's contribution to Slovenia's development goals",
			'Lead applicant IPAK Inštitut za simbolno analizo in razvoj informacijskih tehnologij',
			'Project partners',
			'Associated partners',
			'Value of the project €76,334.02',
			'Funding: Ministrstvo za javno upravo (MJU) €60,000.00',
			'Public call Title Public call for co-financing projects for the development and professionalisation of NGOs and volunteering 2018'
		])
			expect(text).toContain(fact);
		expect(text).not.toContain('Kazalo');
		expect(html).toMatch(/<a href="\/en\/organisations\/[0-9a-f-]{36}">IPAK/);
		expect(html).toContain('href="#contents"');
		const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
		expect(jsonLd).toMatchObject({
			'@type': 'Project',
			'@id': `${app.url}/en/spaces/nvo-vid/projects/pro-nvo-vid`,
			alternateName: 'PRO-NVO-VID',
			funder: [{ '@type': 'Organization', name: 'Ministrstvo za javno upravo' }]
		});
	});

	it('leaves out the sections it has nothing for, and their entries in the contents', async () => {
		const text = mainText((await page('/spaces/asociacija/projects/kultura-za-ustvarjalen-razvoj')).html);
		expect(text).toContain('Kontakt');
		for (const absent of ['Finančna vrednost projekta', 'Doseženi učinki in rezultati projekta', 'Prispevek projekta', 'Kazalniki', 'Povezani projekti'])
			expect(text).not.toContain(absent);
	});

	it('is not found for a project the space does not have, or one of another space', async () => {
		expect((await page('/spaces/nvo-vid/projects/ni-takega')).status).toBe(404);
		expect((await page('/spaces/asociacija/projects/pro-nvo-vid')).status).toBe(404);
	});
});
