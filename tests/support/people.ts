import type { SpaceRole, TokenScope } from '../../src/lib/policy/roles.ts';

/** Everybody seeded by seed-people.ts signs in with this password. */
export const fixturePassword = 'a long test password';

export type PeopleFixture = {
	spaceId: string;
	people: Record<string, { userId: string; email: string; role: SpaceRole | null; isPlatformAdmin: boolean }>;
	tokens: Record<string, { token: string; tokenId: string; owner: string; scopes: TokenScope[] }>;
};
