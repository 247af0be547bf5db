import { drizzle } from 'drizzle-orm/postgres-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { createAuditRepository } from '../../audit/audit.repository.ts';
import { connect } from '../../db/connection.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { createProject } from '../projects.usecases.ts';
import { changeProjectDetails, getProject } from './project-details.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const objective = (n: number) => ({
	title: { sl: `Cilj ${n}` },
	results: [{ sl: `Rezultat ${n}.1` }, { sl: `Rezultat ${n}.2` }],
	objectives: [{ title: { sl: `Specifični cilj ${n}.1` }, results: [{ sl: `Rezultat ${n}.1.1` }] }]
});

describe('a project whole', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let other: SpaceRef;
	let endedId: string;
	let successorId: string;
	let foreignId: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		await createSpace({ db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } });
		await createSpace({ db, context: cli, input: { slug: 'iskra', kind: 'regional_hub', name: { sl: 'Iskra' } } });
		hub = await findSpaceRef(db, 'grozd');
		other = await findSpaceRef(db, 'iskra');
		const input = (slug: string, startsOn: string, endsOn: string) => ({ title: { sl: slug }, slug, startsOn, endsOn });
		endedId = (await createProject({ db, context: cli, space: hub, input: input('grozd-2019', '2019-10-01', '2023-09-30') })).id;
		successorId = (await createProject({ db, context: cli, space: hub, input: input('grozd-2023', '2023-10-01', '2027-09-30') })).id;
		foreignId = (await createProject({ db, context: cli, space: other, input: input('iskra', '2019-10-01', '2023-09-30') })).id;
	});
	afterAll(() => database.close());

	it('replaces objectives with their results, strands, links, contact and predecessor, audited before and after', async () => {
		const { db } = database;
		await changeProjectDetails({ db, context: cli, projectId: endedId, input: { problem: { sl: 'Problem' }, objectives: [objective(1)] } });
		const changed = await changeProjectDetails({
			db,
			context: cli,
			projectId: successorId,
			input: {
				goal: { sl: 'Močnejše nevladne organizacije', en: 'Stronger NGOs' },
				contact: { name: 'Ana Novak', email: 'ana@grozd.si', phone: '041 123 456' },
				predecessorId: endedId,
				objectives: [objective(1), objective(2)],
				strands: [{ title: { sl: 'Zagovorništvo' } }, { title: { sl: 'Usposabljanja' } }, { title: { sl: 'Mreženje' } }],
				links: [{ title: { sl: 'Poročilo' }, url: 'https://grozd.si/porocilo.pdf' }]
			}
		});
		expect(changed.objectives.map((o) => [o.title.sl, o.results.map((r) => r.sl), o.objectives.map((s) => [s.title.sl, s.results.map((r) => r.sl)])])).toEqual([
			['Cilj 1', ['Rezultat 1.1', 'Rezultat 1.2'], [['Specifični cilj 1.1', ['Rezultat 1.1.1']]]],
			['Cilj 2', ['Rezultat 2.1', 'Rezultat 2.2'], [['Specifični cilj 2.1', ['Rezultat 2.1.1']]]]
		]);
		expect(changed.strands.map((s) => s.title.sl)).toEqual(['Zagovorništvo', 'Usposabljanja', 'Mreženje']);
		expect(changed.contact).toEqual({ name: 'Ana Novak', email: 'ana@grozd.si', phone: '041 123 456' });
		expect(changed.predecessor?.slug).toBe('grozd-2019');

		const replaced = await changeProjectDetails({ db, context: cli, projectId: successorId, input: { objectives: [objective(3)], links: [] } });
		expect(replaced.objectives.map((o) => o.title.sl)).toEqual(['Cilj 3']);
		expect(replaced.links).toEqual([]);
		expect(replaced.strands).toHaveLength(3);
		const {
			items: [entry]
		} = await createAuditRepository({ db }).list({ entityType: 'project' }, { limit: 1, offset: 0 });
		expect(entry).toMatchObject({ action: 'project.details_change', entityId: successorId });
		expect((entry!.before as { objectives: unknown[] }).objectives).toHaveLength(2);
		expect((entry!.after as { objectives: unknown[] }).objectives).toHaveLength(1);

		const ended = await getProject({ db, actor: anonymous, which: { space: hub, slug: 'grozd-2019' }, today: '2026-11-27' });
		expect(ended.status).toBe('ended');
		expect(ended.successors.map((s) => s.slug)).toEqual(['grozd-2023']);
	});

	it('refuses a predecessor from another space or the project itself, and staff of another space', async () => {
		const { db } = database;
		for (const predecessorId of [foreignId, successorId])
			await expect(changeProjectDetails({ db, context: cli, projectId: successorId, input: { predecessorId } })).rejects.toMatchObject({
				code: 'project_predecessor_invalid'
			});
		const stranger = {
			actor: {
				...cliActor,
				kind: 'session',
				userId: 'u',
				email: 'x@example.si',
				name: 'x',
				isPlatformAdmin: false,
				memberships: new Map([[other.id, { role: 'staff', organisationId: null }]])
			},
			source: 'form'
		} as never;
		await expect(changeProjectDetails({ db, context: stranger, projectId: successorId, input: { problem: null } })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(getProject({ db, actor: anonymous, which: { id: 'not-a-uuid' } })).rejects.toMatchObject({ code: 'project_not_found' });
	});

	it('reads a project in the same number of queries however many objectives and results it has', async () => {
		const { db } = database;
		let statements = 0;
		const client = connect(database.url, { max: 1 });
		const counted = drizzle(client, { logger: { logQuery: () => void statements++ } });
		try {
			const queriesFor = async (count: number) => {
				await changeProjectDetails({ db, context: cli, projectId: successorId, input: { objectives: Array.from({ length: count }, (_, n) => objective(n)) } });
				statements = 0;
				const project = await getProject({ db: counted, actor: anonymous, which: { id: successorId } });
				expect(project.objectives).toHaveLength(count);
				return statements;
			};
			const few = await queriesFor(1);
			expect(await queriesFor(25)).toBe(few);
			expect(few).toBe(6);
		} finally {
			await client.end();
		}
	});
});
