// Adds organisations to a database seeded by seed-people.ts: members of Grozd in several regions,
// and the organisation its member editor keeps. Called in the test process before the server starts.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client.ts';
import { addMembership } from '../../src/lib/server/memberships/memberships.usecases.ts';
import { createOrganisation } from '../../src/lib/server/organisations/organisations.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { createSpacesRepository } from '../../src/lib/server/spaces/spaces.repository.ts';
import { spaceMembers } from '../../src/lib/server/team/team.table.ts';
import { clearRegistry } from './clear-registry.ts';

export type RegistryFixture = { own: string; other: string; outside: string };

export async function seedRegistry(db: Database, memberEditorId: string): Promise<RegistryFixture> {
	await clearRegistry(db);
	const context = { actor: cliActor, source: 'cli' } as const;
	const create = async (input: Record<string, unknown>) => (await createOrganisation({ db, context, input: { legalForm: 'association', ...input } })).id;
	const own = await create({
		name: 'Zavod Tri, zavod za trajnostne skupnostne prakse',
		legalForm: 'private_institute',
		registrationNumber: '7654321',
		municipalityCode: '052'
	});
	const other = await create({
		name: 'SKUP – Skupnost privatnih zavodov',
		legalForm: 'private_institute',
		registrationNumber: '2345678',
		municipalityCode: '061'
	});
	const outside = await create({ name: 'Kulturno društvo Kras', registrationNumber: '3456789', municipalityCode: '050' });
	const gorenjska = ['Planinsko društvo Jesenice', 'Društvo Tabor Kranj', 'Mladinski center Škofja Loka'];
	const members = [
		own,
		other,
		...(await Promise.all(gorenjska.map((name) => create({ name, municipalityCode: '052' })))),
		await create({ name: 'Društvo brez sedeža' })
	];
	for (const organisationId of members) {
		await addMembership({ db, context, space: await findSpaceRef(db, 'grozd'), organisationId, input: { status: 'member', since: '2020-01-01' } });
	}
	await addMembership({ db, context, space: await findSpaceRef(db, 'grozd'), organisationId: outside, input: { status: 'applicant' } });
	const grozd = (await createSpacesRepository({ db }).findBySlug('grozd'))!;
	await db
		.update(spaceMembers)
		.set({ organisationId: own })
		.where(and(eq(spaceMembers.spaceId, grozd.id), eq(spaceMembers.userId, memberEditorId)));
	return { own, other, outside };
}
