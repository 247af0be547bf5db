import { getSessionCookie } from 'better-auth/cookies';
import type { Database } from '../db/client.ts';
import { anonymous, type Actor } from '../policy/actor.ts';
import { spaceRolesOf } from '../team/team.repository.ts';
import { invalidToken } from '../tokens/tokens.errors.ts';
import { findActiveToken } from '../tokens/tokens.usecases.ts';
import { authCookiePrefix, type Auth } from './better-auth.ts';
import { createUsersRepository } from './users.repository.ts';

/**
 * Who sends a request: a bearer token (API), else a session cookie (browser), else nobody. A
 * token that is sent but not valid is an error, never a silent fall back to anonymous.
 */
export async function authenticate({ db, auth, headers }: { db: Database; auth: Auth; headers: Headers }): Promise<Actor> {
	const authorization = headers.get('authorization');
	if (authorization?.toLowerCase().startsWith('bearer ')) {
		const token = await findActiveToken({ db, token: authorization.slice(7).trim() });
		const user = token && (await createUsersRepository({ db }).findById(token.userId));
		if (!token || !user) throw invalidToken();
		return { kind: 'token', tokenId: token.id, scopes: token.scopes, ...(await person(db, user)) };
	}
	// most requests (the public site, feeds, the API) carry no session cookie, and better-auth would
	// answer null only after building its whole endpoint context (~30 KB of garbage a request)
	if (!getSessionCookie(headers, { cookiePrefix: authCookiePrefix })) return anonymous;
	const session = await auth.api.getSession({ headers });
	if (!session) return anonymous;
	const user = await createUsersRepository({ db }).findById(session.user.id);
	return user ? { kind: 'session', ...(await person(db, user)) } : anonymous;
}

/**
 * A person as they act in a browser session, found by their account id (e.g. for work they
 * started that runs later in the background); undefined when the account is gone.
 */
export async function sessionActorOf(db: Database, userId: string): Promise<Actor | undefined> {
	const user = await createUsersRepository({ db }).findById(userId);
	return user ? { kind: 'session', ...(await person(db, user)) } : undefined;
}

async function person(db: Database, user: { id: string; email: string; name: string; isPlatformAdmin: boolean }) {
	return {
		userId: user.id,
		email: user.email,
		name: user.name,
		isPlatformAdmin: user.isPlatformAdmin,
		memberships: await spaceRolesOf(db, user.id)
	};
}
