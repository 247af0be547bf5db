// One person per role and some API tokens, for tests that boot the whole app: called in the test
// process on the app's own database (copied from the migrated template) before the server starts.
import { createUser } from '../../src/lib/server/auth/auth.usecases.ts';
import { createBetterAuth } from '../../src/lib/server/auth/better-auth.ts';
import { loadConfig } from '../../src/lib/server/config.ts';
import type { Database } from '../../src/lib/server/db/client.ts';
import { loadDemoContent } from '../../src/lib/server/demo/demo.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { createSpacesRepository } from '../../src/lib/server/spaces/spaces.repository.ts';
import { addMember } from '../../src/lib/server/team/team.usecases.ts';
import { createApiToken } from '../../src/lib/server/tokens/tokens.usecases.ts';
import type { SpaceRole, TokenScope } from '../../src/lib/policy/roles.ts';
import { fixturePassword, type PeopleFixture } from './people.ts';
import { authSecretOf } from './sessions.ts';

const people: { key: string; role: SpaceRole | null; isPlatformAdmin?: boolean }[] = [
	{ key: 'viewer', role: 'viewer' },
	{ key: 'memberEditor', role: 'member_editor' },
	{ key: 'staff', role: 'staff' },
	{ key: 'admin', role: 'admin' },
	{ key: 'outsider', role: null },
	{ key: 'platformAdmin', role: null, isPlatformAdmin: true }
];

const tokens: { key: string; owner: string; scopes: TokenScope[] }[] = [
	{ key: 'staffRead', owner: 'staff', scopes: ['read'] },
	{ key: 'staffSpacesWrite', owner: 'staff', scopes: ['spaces:write'] },
	{ key: 'adminEverything', owner: 'admin', scopes: ['write', 'audit:read', 'team:write'] },
	{ key: 'viewerWrite', owner: 'viewer', scopes: ['write'] }
];

/** Loads the demo spaces into an empty database and adds the people (password `fixturePassword`) and tokens. */
export async function seedPeople(db: Database): Promise<PeopleFixture> {
	const config = loadConfig();
	const context = { actor: cliActor, source: 'cli' } as const;
	const demo = await loadDemoContent({ db });
	if (!demo.spaces?.created.includes('grozd')) throw new Error('expected an empty database');
	const auth = createBetterAuth({ db, secret: await authSecretOf(db), publicUrl: config.publicUrl, onPasswordResetRequested: async () => {} });
	// everybody has the same password: one scrypt hash (salted, so valid for any account) serves all
	// six on this seeding instance, instead of six at some 200 ms of CPU each
	const internals = await auth.$context;
	const hash = internals.password.hash;
	let fixtureHash: Promise<string> | undefined;
	internals.password.hash = (password) => (password === fixturePassword ? (fixtureHash ??= hash(password)) : hash(password));
	const fixture: PeopleFixture = { spaceId: '', people: {}, tokens: {} };
	for (const person of people) {
		const email = `${person.key.toLowerCase()}@example.si`;
		const user = await createUser({
			db,
			auth,
			context,
			input: { email, name: person.key, password: fixturePassword, isPlatformAdmin: person.isPlatformAdmin ?? false }
		});
		if (person.role) await addMember({ db, context, space: await findSpaceRef(db, 'grozd'), input: { email, role: person.role } });
		fixture.people[person.key] = { userId: user.id, email, role: person.role, isPlatformAdmin: user.isPlatformAdmin };
	}
	for (const token of tokens) {
		const owner = fixture.people[token.owner]!;
		const created = await createApiToken({ db, context, userId: owner.userId, input: { name: token.key, scopes: token.scopes } });
		fixture.tokens[token.key] = { token: created.token, tokenId: created.summary.id, owner: token.owner, scopes: token.scopes };
	}
	fixture.spaceId = (await createSpacesRepository({ db }).findBySlug('grozd'))!.id;
	return fixture;
}
