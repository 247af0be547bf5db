import { drizzle } from 'drizzle-orm/postgres-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { connect } from '../../db/connection.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import '../../modules.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createProject } from '../projects.usecases.ts';
import { createIndicator, enterActual, stepActual } from './indicators.usecases.ts';
import { indicatorActuals } from './indicators.table.ts';
import { listSpaceIndicators } from './space-indicator-table.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

describe("a space's indicator table", () => {
	let database: DatabaseHandle;
	let grozd: SpaceRef;
	let projectCount = 0;

	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
		grozd = await findSpaceRef(database.db, 'grozd');
	});
	afterAll(() => database.close());

	/** A project of `indicators` indicators, each over `periods` months, every period with an approved figure. */
	async function projectWith(indicators: number, periods: number) {
		const { db } = database;
		const n = ++projectCount;
		const project = await createProject({
			db,
			context: cli,
			space: grozd,
			input: { title: { sl: `Projekt ${n}` }, slug: `projekt-${n}`, startsOn: '2024-01-01', endsOn: '2025-12-31' }
		});
		for (let index = 0; index < indicators; index++) {
			const indicator = await createIndicator({
				db,
				context: cli,
				projectId: project.id,
				input: {
					name: { sl: `Kazalnik ${n}.${index}` },
					unit: 'enot',
					target: 100,
					measure: 'cumulative',
					every: 'month',
					to: `2024-${String(periods).padStart(2, '0')}-28`
				}
			});
			await db.insert(indicatorActuals).values(
				indicator.periods.map((period) => ({
					spaceId: grozd.id,
					indicatorId: indicator.id,
					periodStartsOn: period.startsOn,
					value: 1,
					status: 'approved' as const
				}))
			);
		}
		return project;
	}

	it('gives each indicator its latest approved figure and progress; drafts do not count, computed ones have no figures here', async () => {
		const { db } = database;
		const project = await createProject({
			db,
			context: cli,
			space: grozd,
			input: { title: { sl: 'Svetovanja' }, slug: 'svetovanja', startsOn: '2024-01-01', endsOn: '2025-12-31' }
		});
		const entered = await createIndicator({
			db,
			context: cli,
			projectId: project.id,
			input: { name: { sl: 'Svetovanja' }, unit: 'svetovanj', baselineValue: 10, target: 30, measure: 'cumulative', every: 'year' }
		});
		const scope = { db, context: cli, projectId: project.id, indicatorId: entered.id };
		for (const [periodStartsOn, value, approve] of [
			['2024-01-01', 6, true],
			['2025-01-01', 99, false]
		] as const) {
			const actual = await enterActual({ ...scope, input: { periodStartsOn, value } });
			if (approve) {
				await stepActual({ ...scope, actualId: actual.id, input: { status: 'submitted' } });
				await stepActual({ ...scope, actualId: actual.id, input: { status: 'approved' } });
			}
		}
		await createIndicator({
			db,
			context: cli,
			projectId: project.id,
			input: { name: { sl: 'Člani' }, unit: 'oseb', target: 5, measure: 'per_period', every: 'year', ruleId: 'team.people' }
		});
		const rows = (await listSpaceIndicators({ db, actor: anonymous, space: grozd })).filter((row) => row.project.id === project.id);
		expect(rows).toMatchObject([
			{
				indicator: { name: { sl: 'Svetovanja' }, unit: 'svetovanj', computed: false },
				baselineValue: 10,
				target: 30,
				latest: { startsOn: '2024-01-01', endsOn: '2024-12-31', actual: 6 },
				achieved: 6
			},
			{ indicator: { name: { sl: 'Člani' }, computed: true }, latest: null, achieved: null, fraction: null }
		]);
		// 6 from a baseline of 10 towards 30
		expect(rows[0]!.fraction).toBeCloseTo(-0.2);
	});

	it('reads the table in two queries however many projects, indicators and periods the space has', async () => {
		let statements = 0;
		const client = connect(database.url, { max: 1 });
		const counted = drizzle(client, { logger: { logQuery: () => void statements++ } });
		const queriesFor = async () => {
			statements = 0;
			const rows = await listSpaceIndicators({ db: counted, actor: anonymous, space: grozd });
			return { statements, rows: rows.length };
		};
		try {
			await projectWith(1, 1);
			const few = await queriesFor();
			await projectWith(4, 6);
			await projectWith(5, 12);
			const many = await queriesFor();
			expect(many.rows).toBe(few.rows + 9);
			expect(few.statements).toBe(2);
			expect(many.statements).toBe(few.statements);
		} finally {
			await client.end();
		}
	});
});
