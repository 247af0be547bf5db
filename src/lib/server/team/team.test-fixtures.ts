import { createTestAuth } from '../../../../tests/support/auth.ts';
import type { SpaceRole } from '../../policy/roles.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { AuditContext } from '../audit/audit.usecases.ts';
import { createUser } from '../auth/auth.usecases.ts';
import type { UserRow } from '../auth/auth.table.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { jobs } from '../jobs/jobs.table.ts';
import { firstLink } from '../mail/mail.transport.ts';
import type { OutgoingMail } from '../mail/mail.schemas.ts';
import { cliActor, type Actor } from '../policy/actor.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { createTeamRepository, spaceRolesOf } from './team.repository.ts';
import { inviteToSpace } from './team.invitations.usecases.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';

export const publicUrl = 'https://nvo.example.si';
export const asCli: AuditContext = { actor: cliActor, source: 'cli' };

/**
 * A space "grozd" with people in it, on a test database: accounts are real (better-auth), actors
 * are what authenticate() would make of them.
 */
export async function createTeamFixture(database: DatabaseHandle) {
	const { db } = database;
	const { auth } = createTestAuth(database);
	const space = await createSpace({
		db,
		context: asCli,
		input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Stičišče Grozd', en: 'Grozd hub' } }
	});
	await createSpace({ db, context: asCli, input: { slug: 'iskra', kind: 'regional_hub', name: { sl: 'Stičišče Iskra' } } });

	async function person(email: string, name: string, role?: SpaceRole, isPlatformAdmin = false): Promise<UserRow> {
		const user = await createUser({ db, auth, context: asCli, input: { email, name, password: 'a long enough password', isPlatformAdmin } });
		if (role) await createTeamRepository({ db, spaceId: space.id }).add({ userId: user.id, role });
		return user;
	}

	/** The actor of a browser session of `user`, with the roles they hold right now. */
	async function sessionOf(user: UserRow): Promise<Actor> {
		return {
			kind: 'session',
			userId: user.id,
			email: user.email,
			name: user.name,
			isPlatformAdmin: user.isPlatformAdmin,
			memberships: await spaceRolesOf(db, user.id)
		};
	}

	const contextOf = async (user: UserRow): Promise<AuditContext> => ({ actor: await sessionOf(user), source: 'form' });

	/** Invites and returns the mail it queued and the token in its link (the queue is emptied first). */
	async function invite(context: AuditContext, input: unknown) {
		await db.delete(jobs);
		const invitation = await inviteToSpace({ db, context, publicUrl, space: await findSpaceRef(database.db, 'grozd'), input });
		const [job] = await db.select().from(jobs);
		const mail = job!.payload as OutgoingMail;
		const link = firstLink(mail.text)!;
		return { invitation, mail, link, token: link.split('/').pop()! };
	}

	/** Every audit entry of the space as text, to look for what must never be in it. */
	async function auditText(): Promise<string> {
		const { items } = await createAuditRepository({ db }).list({}, { limit: 1000, offset: 0 });
		return JSON.stringify(items);
	}

	async function auditOf(entityType: string) {
		return (await createAuditRepository({ db }).list({ spaceId: space.id, entityType }, { limit: 100, offset: 0 })).items;
	}

	return { db, auth, space, person, sessionOf, contextOf, invite, auditText, auditOf };
}
