import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { anonymous } from '../../policy/actor.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import { buildIatiActivities, type IatiActivityInput } from './iati-activity.ts';
import { proNvoVidActivity } from './iati-activity.fixture.ts';
import { iatiActivityParts, type IatiActivityPart } from './iati-parts.ts';
import { iatiRuleBreaches } from './iati-rules.ts';
import { iatiSchemaDir, validateIatiActivities } from './iati-schema.ts';
import { iatiActivitiesOfSpace } from './iati.usecases.ts';
import { iatiExportCommand } from './iati.cli.ts';
import type { CommandInput } from '../../manifest/manifest.ts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('IATI activities of the demo spaces', () => {
	let database: DatabaseHandle;
	const today = '2026-11-27';

	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
	});
	afterAll(() => database.close());

	const activitiesOf = async (slug: string) =>
		iatiActivitiesOfSpace({ db: database.db, actor: anonymous, space: await findSpaceRef(database.db, slug), today });

	it('breaks none of the publisher rules in any dated demo project', async () => {
		const slugs = (await database.db.select({ slug: spaces.slug }).from(spaces)).map((row) => row.slug);
		const activities: IatiActivityInput[] = [];
		for (const slug of slugs) {
			const report = await activitiesOf(slug).catch((error) => (error.code === 'iati_no_dated_project' ? undefined : Promise.reject(error)));
			activities.push(...(report?.activities ?? []));
		}
		expect(activities.length).toBeGreaterThanOrEqual(3);
		expect(activities.flatMap(iatiRuleBreaches)).toEqual([]);
	});

	it('identifies each activity by the reporting organisation and the project, and closes the ended ones', async () => {
		const { reportingOrg, activities } = await activitiesOf('nvo-vid');
		expect(activities.every((activity) => activity.identifier.startsWith(`${reportingOrg.ref}-`))).toBe(true);
		const proNvoVid = activities.find((activity) => activity.plannedStart?.startsWith('2018'))!;
		expect(proNvoVid).toMatchObject({ status: '4', actualEnd: proNvoVid.plannedEnd });
		expect(proNvoVid.participatingOrgs.filter((org) => org.role === '2').map((org) => org.name)).toEqual([expect.stringMatching(/IPAK/)]);
	});

	it("reports as the lead's SI-PRS registration number once the registry knows it, and in the XI- space until then", async () => {
		expect((await activitiesOf('nvo-vid')).reportingOrg.ref).toBe('XI-STICISCE-nvo-vid');
		await database.db.update(organisations).set({ registrationNumber: '1234567000' }).where(like(organisations.name, '%IPAK%'));
		const { reportingOrg, activities } = await activitiesOf('nvo-vid');
		expect(reportingOrg.ref).toBe('SI-PRS-1234567000');
		expect(activities.flatMap((activity) => activity.participatingOrgs).filter((org) => org.role === '2')).toContainEqual(
			expect.objectContaining({ ref: 'SI-PRS-1234567000' })
		);
	});

	it.skipIf(!iatiSchemaDir())('adds what the other parts give (results with indicators and periods, budget) and stays valid', async () => {
		const results: IatiActivityPart = async ({ projectIds }) =>
			new Map(projectIds.map((id) => [id, { results: proNvoVidActivity.results, transactions: proNvoVidActivity.transactions }]));
		iatiActivityParts.push(results);
		try {
			const report = await activitiesOf('nvo-vid');
			expect(report.activities.every((activity) => activity.results?.[0]?.indicators[0]?.periods.length === 2)).toBe(true);
			expect(await validateIatiActivities(buildIatiActivities(report))).toEqual({ valid: true, errors: [] });
		} finally {
			iatiActivityParts.splice(iatiActivityParts.indexOf(results), 1);
		}
	});

	it('writes the same document from the command line, and refuses a call without a file', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'sticisce-iati-')), 'asociacija.xml');
		const command = (positionals: string[]) => iatiExportCommand({ database, positionals, options: {} } as unknown as CommandInput);
		expect(await command(['asociacija', path])).toBe(0);
		expect(readFileSync(path, 'utf8')).toContain('<iati-activities version="2.03"');
		await expect(command(['asociacija'])).rejects.toThrow('FILE.xml');
	});
});
