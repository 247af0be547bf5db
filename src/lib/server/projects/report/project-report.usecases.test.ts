import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { countingDatabase, type CountingDatabase } from '../../../../../tests/support/query-count.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { createOrganisation } from '../../organisations/organisations.usecases.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { replaceProjectContributions } from '../contributions/project-contributions.usecases.ts';
import { changeProjectDetails } from '../details/project-details.usecases.ts';
import { createIndicator, enterActual, stepActual } from '../indicators/indicators.usecases.ts';
import { setProjectMoney } from '../money/money.usecases.ts';
import { addProjectOrganisation } from '../partners/project-organisations.usecases.ts';
import { createProject } from '../projects.usecases.ts';
import { getProjectReport } from './project-report.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const roles = ['lead', 'partner', 'associated_partner', 'financer'] as const;

describe("a project's report, as its public page shows it", () => {
	let database: DatabaseHandle;
	let counting: CountingDatabase;
	let space: SpaceRef;
	let organisationIds: string[];

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		await createSpace({ db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		space = await findSpaceRef(db, 'nvo-vid');
		organisationIds = [];
		for (let n = 0; n < 12; n++)
			organisationIds.push((await createOrganisation({ db, context: cli, input: { name: `Zavod ${n}`, legalForm: 'private_institute' } })).id);
		counting = countingDatabase(database.url);
	});
	afterAll(async () => {
		await counting?.close();
		await database?.close();
	});

	/** A project with `size` of everything its page shows: objectives, partners, funding lines, own funds, contributions, indicators. */
	async function projectOfSize(slug: string, size: number) {
		const { db } = database;
		const project = await createProject({ db, context: cli, space, input: { title: { sl: slug }, slug, startsOn: '1. 10. 2018', endsOn: '31. 12. 2019' } });
		const projectId = project.id;
		const results = (n: number) => Array.from({ length: size }, (_, r) => ({ sl: `Rezultat ${n}.${r}` }));
		await changeProjectDetails({
			db,
			context: cli,
			projectId,
			input: {
				problem: { sl: 'Problem' },
				objectives: Array.from({ length: size }, (_, n) => ({
					title: { sl: `Cilj ${n}` },
					results: results(n),
					objectives: [{ title: { sl: `Specifični cilj ${n}` }, results: results(n) }]
				})),
				strands: Array.from({ length: size }, (_, n) => ({ title: { sl: `Sklop ${n}` } })),
				links: Array.from({ length: size }, (_, n) => ({ title: { sl: `Poročilo ${n}` }, url: `https://example.si/${n}.pdf` }))
			}
		});
		for (const [n, organisationId] of organisationIds.slice(0, size * 2).entries())
			await addProjectOrganisation({ db, context: cli, space, projectId, input: { organisationId, role: roles[n % roles.length] } });
		await setProjectMoney({
			db,
			context: cli,
			space,
			projectId,
			input: {
				total: `${size * 2 * 100},00`,
				fundingLines: organisationIds.slice(0, size).map((organisationId) => ({ organisationId, amount: '100,00', fund: 'ESS', priorityAxis: '11' })),
				ownFunds: organisationIds.slice(0, size).map((organisationId) => ({ organisationId, amount: '100,00' }))
			}
		});
		await replaceProjectContributions({
			db,
			context: cli,
			projectId,
			input: { items: Array.from({ length: size * 2 }, (_, n) => ({ strategy: { sl: `Strategija ${n % size}` }, contribution: { sl: `Prispevek ${n}` } })) }
		});
		for (let n = 0; n < size; n++) {
			const indicator = await createIndicator({
				db,
				context: cli,
				projectId,
				input: { name: { sl: `Kazalnik ${n}` }, unit: 'udeležencev', target: 40, measure: 'cumulative', every: 'quarter' }
			});
			const scope = { db, context: cli, projectId, indicatorId: indicator.id };
			const actual = await enterActual({ ...scope, input: { periodStartsOn: '2018-10-01', value: 10 } });
			await stepActual({ ...scope, actualId: actual.id, input: { status: 'submitted' } });
			await stepActual({ ...scope, actualId: actual.id, input: { status: 'approved' } });
		}
		return slug;
	}

	it('is read in the same number of queries however many objectives, partners, funding lines, contributions and indicators it has', async () => {
		const small = await projectOfSize('majhen', 1);
		const large = await projectOfSize('velik', 6);
		const read = (slug: string) => counting.queriesOf((db) => getProjectReport({ db, actor: anonymous, space, slug, today: '2026-11-27' }));
		const report = await getProjectReport({ db: counting.db, actor: anonymous, space, slug: large, today: '2026-11-27' });
		// the large one really is large: everything it was given comes back
		expect(report.project.objectives).toHaveLength(6);
		expect(report.organisations).toHaveLength(12);
		expect(report.money.fundingLines).toHaveLength(6);
		expect(report.money.ownFunds).toHaveLength(6);
		expect(report.contributions).toHaveLength(12);
		expect(report.indicators).toHaveLength(6);
		expect(report.indicators[0]!.periods[0]!.actual).toBe(10);
		expect(report.project.status).toBe('ended');
		const few = await read(small);
		expect(few).toBeGreaterThan(0);
		expect(await read(large)).toBe(few);
	});
});
