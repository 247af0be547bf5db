import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { anonymous, cliActor, type Actor } from '../policy/actor.ts';
import type { SpaceRole } from '../../policy/roles.ts';
import { findSpaceRef, type SpaceRef } from '../spaces/space-scope.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { projectStatusOn } from './projects.schemas.ts';
import { createProject, listProjects } from './projects.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const person = (spaceId: string, role: SpaceRole): Actor => ({
	kind: 'session',
	userId: `user-${role}`,
	email: `${role}@example.si`,
	name: role,
	isPlatformAdmin: false,
	memberships: new Map([[spaceId, { role, organisationId: null }]])
});

describe('projects of a space', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let other: SpaceRef;

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		await createSpace({ db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		await createSpace({ db, context: cli, input: { slug: 'iskra', kind: 'regional_hub', name: { sl: 'Iskra' } } });
		hub = await findSpaceRef(db, 'nvo-vid');
		other = await findSpaceRef(db, 'iskra');
	});
	afterAll(() => database.close());

	it('holds an ended project and its successor, each with its status, newest first, and audits each', async () => {
		const { db } = database;
		const staff = { actor: person(hub.id, 'staff'), source: 'form' as const };
		await createProject({
			db,
			context: staff,
			space: hub,
			input: { title: { sl: 'PRO-NVO-VID' }, slug: 'pro-nvo-vid', startsOn: '1. 10. 2018', endsOn: '30. 9. 2019' }
		});
		await createProject({
			db,
			context: staff,
			space: hub,
			input: { title: { sl: 'Naslednik', en: '' }, acronym: '', slug: 'naslednik', startsOn: '2023-01-01' }
		});
		const listed = await listProjects({ db, actor: anonymous, space: hub, today: '2026-11-27' });
		expect(listed.map(({ slug, status, startsOn, endsOn, title, acronym }) => ({ slug, status, startsOn, endsOn, title, acronym }))).toEqual([
			{ slug: 'naslednik', status: 'running', startsOn: '2023-01-01', endsOn: null, title: { sl: 'Naslednik' }, acronym: null },
			{ slug: 'pro-nvo-vid', status: 'ended', startsOn: '2018-10-01', endsOn: '2019-09-30', title: { sl: 'PRO-NVO-VID' }, acronym: null }
		]);
		expect(await listProjects({ db, actor: anonymous, space: other })).toEqual([]);
		const { items } = await createAuditRepository({ db }).list({ entityType: 'project' }, { limit: 10, offset: 0 });
		expect(items.map((entry) => entry.action)).toEqual(['project.create', 'project.create']);
	});

	it('derives the status from the period on a given day', () => {
		expect(projectStatusOn({ startsOn: '2027-01-01', endsOn: null }, '2026-11-27')).toBe('planned');
		expect(projectStatusOn({ startsOn: '2023-01-01', endsOn: '2026-11-27' }, '2026-11-27')).toBe('running');
		expect(projectStatusOn({ startsOn: '2023-01-01', endsOn: '2026-11-26' }, '2026-11-27')).toBe('ended');
	});

	it('is kept by admins and staff of the space only', async () => {
		const { db } = database;
		const input = { title: { sl: 'X' }, slug: 'x', startsOn: '2026-01-01' };
		for (const actor of [person(hub.id, 'viewer'), person(hub.id, 'member_editor'), person(other.id, 'admin')]) {
			await expect(createProject({ db, context: { actor, source: 'form' }, space: hub, input })).rejects.toMatchObject({ code: 'forbidden' });
		}
		await expect(createProject({ db, context: { actor: anonymous, source: 'form' }, space: hub, input })).rejects.toMatchObject({ code: 'unauthenticated' });
	});

	it('names what is wrong: a taken address, an end before the start, a date that is none', async () => {
		const { db } = database;
		const problemOf = (input: unknown) =>
			createProject({ db, context: cli, space: hub, input }).then(
				() => undefined,
				(error: unknown) =>
					error instanceof ZodError ? error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) : (error as { code: string }).code
			);
		expect(await problemOf({ title: { sl: 'Spet' }, slug: 'pro-nvo-vid', startsOn: '2020-01-01' })).toBe('project_slug_taken');
		expect(await problemOf({ title: { sl: 'Nazaj' }, slug: 'nazaj', startsOn: '2020-01-01', endsOn: '31. 12. 2019' })).toEqual(['endsOn: ends_before_start']);
		expect(await problemOf({ title: { sl: 'Datum' }, slug: 'datum', startsOn: '31. 2. 2020' })).toEqual([expect.stringMatching(/^startsOn: /)]);
		expect(await problemOf({ title: { sl: '' }, slug: 'Velike Črke', startsOn: '2020-01-01' })).toHaveLength(2);
		// the same address in another space is another project
		expect(
			await createProject({ db, context: cli, space: other, input: { title: { sl: 'Iskra' }, slug: 'pro-nvo-vid', startsOn: '2020-01-01' } })
		).toMatchObject({ slug: 'pro-nvo-vid' });
	});
});
