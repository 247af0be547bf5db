import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import { memberships } from '../memberships.table.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { loadSyntheticRegistry } from '../../organisations/demo/synthetic-registry.usecases.ts';
import { joinSyntheticRegistry } from './synthetic-memberships.usecases.ts';

describe('loading a synthetic registry into the database, and a share of it into the demo spaces', () => {
	let database: DatabaseHandle;
	const context = { actor: cliActor, source: 'cli' } as const;
	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
	});
	afterAll(() => database.close());

	it('writes the organisations with their derived columns', async () => {
		const result = await loadSyntheticRegistry({ db: database.db, context, count: 2_500, seed: 5 });
		expect(result).toEqual({ inserted: 2_500, skipped: 0 });
		const [row] = await database.db
			.select()
			.from(organisations)
			.where(sql`${organisations.registrationNumber} like '9%'`)
			.limit(1);
		expect(row!.searchText).toContain(row!.registrationNumber);
		expect(row!.regionCode).toMatch(/^SI0\d\d$/);
	});

	it('joins a share of them to the demo spaces by region and field (demo:members), once', async () => {
		const result = await joinSyntheticRegistry({ db: database.db, context });
		expect(result.spaces).toEqual(['asociacija', 'grozd', 'iskra']);
		const joined = await database.db
			.select({ slug: spaces.slug, region: organisations.regionCode, fields: organisations.fields, status: memberships.status })
			.from(memberships)
			.innerJoin(spaces, eq(spaces.id, memberships.spaceId))
			.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
			.where(sql`${organisations.registrationNumber} like '9%'`);
		expect(joined.length).toBe(result.memberships);
		expect(joined.filter((member) => member.slug === 'grozd').every((member) => member.region === 'SI042')).toBe(true);
		expect(joined.filter((member) => member.slug === 'iskra').every((member) => member.region === 'SI044')).toBe(true);
		expect(joined.filter((member) => member.slug === 'asociacija').every((member) => member.fields.includes('culture'))).toBe(true);
		expect(new Set(joined.map((member) => member.slug))).toEqual(new Set(['grozd', 'iskra', 'asociacija']));
		expect(new Set(joined.map((member) => member.status))).toEqual(new Set(['member', 'applicant', 'former']));
	});

	it('adds nothing when the same seed is loaded again', async () => {
		const before = await database.db.$count(organisations);
		const result = await loadSyntheticRegistry({ db: database.db, context, count: 2_500, seed: 5 });
		expect(result).toEqual({ inserted: 0, skipped: 2_500 });
		expect(await database.db.$count(organisations)).toBe(before);
		expect(await joinSyntheticRegistry({ db: database.db, context })).toMatchObject({ memberships: 0 });
	});

	it('is refused to someone not signed in', async () => {
		await expect(loadSyntheticRegistry({ db: database.db, context: { actor: anonymous, source: 'api' }, count: 1, seed: 1 })).rejects.toMatchObject({
			code: 'unauthenticated'
		});
	});
});
