// After seed-people.ts: two organisations, the member editor made editor of one of them, and
// tokens with the people scopes. Called in the test process before the server starts.
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client.ts';
import { createOrganisation } from '../../src/lib/server/organisations/organisations.usecases.ts';
import { createUsersRepository } from '../../src/lib/server/auth/users.repository.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { spaceMembers } from '../../src/lib/server/team/team.table.ts';
import { createApiToken } from '../../src/lib/server/tokens/tokens.usecases.ts';
import { tokenScopes, type TokenScope } from '../../src/lib/policy/roles.ts';
import { addMembership } from '../../src/lib/server/memberships/memberships.usecases.ts';

export type RegistryPeopleFixture = {
	organisations: { tri: string; ljudmila: string };
	tokens: Record<string, string>;
};

const tokens: { key: string; owner: string; scopes: TokenScope[] }[] = [
	{ key: 'staffPeopleRead', owner: 'staff', scopes: ['people:read'] },
	{ key: 'staffPeopleWrite', owner: 'staff', scopes: ['people:write'] },
	{ key: 'staffOrganisations', owner: 'staff', scopes: ['organisations:write'] },
	{ key: 'adminPeople', owner: 'admin', scopes: ['people:write'] },
	{ key: 'editorPeople', owner: 'memberEditor', scopes: ['people:write'] },
	// every scope, for tests that must reach every handler (the API fuzz)
	{ key: 'platformAdminEverything', owner: 'platformAdmin', scopes: [...tokenScopes] }
];

export async function seedRegistryPeople(db: Database): Promise<RegistryPeopleFixture> {
	const context = { actor: cliActor, source: 'cli' } as const;
	// the people seed names its users by role: staff@example.si, memberEditor → membereditor@example.si
	const userId = async (key: string) => (await createUsersRepository({ db }).findByEmail(`${key.toLowerCase()}@example.si`))!.id;
	const tri = await createOrganisation({ db, context, input: { name: 'Zavod Tri', legalForm: 'private_institute', registrationNumber: '1234567' } });
	const ljudmila = await createOrganisation({ db, context, input: { name: 'LJUDMILA', legalForm: 'association', registrationNumber: '7654321' } });
	await db
		.update(spaceMembers)
		.set({ organisationId: tri.id })
		.where(eq(spaceMembers.userId, await userId('memberEditor')));
	// Zavod Tri belongs to the hub, LJUDMILA does not: the hub's admin may export or erase people of the first only
	await addMembership({ db, context, space: await findSpaceRef(db, 'grozd'), organisationId: tri.id, input: { status: 'member' } });
	const fixture: RegistryPeopleFixture = { organisations: { tri: tri.id, ljudmila: ljudmila.id }, tokens: {} };
	for (const token of tokens) {
		const created = await createApiToken({ db, context, userId: await userId(token.owner), input: { name: token.key, scopes: token.scopes } });
		fixture.tokens[token.key] = created.token;
	}
	return fixture;
}
