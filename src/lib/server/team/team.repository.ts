import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { SpaceRole } from '../../policy/roles.ts';
import { users } from '../auth/auth.table.ts';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import type { Membership } from '../policy/actor.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { spaces } from '../spaces/spaces.table.ts';
import { alreadyMember } from './team.errors.ts';
import { invitations, spaceMembers, type InvitationRow, type SpaceMemberRow } from './team.table.ts';

export type TeamMember = { userId: string; name: string; email: string; role: SpaceRole; organisationId: string | null };

export type InvitationSpace = { id: string; slug: string; name: LocalizedText; archivedAt: Date | null };

export type TeamRepository = ReturnType<typeof createTeamRepository>;

/** A member as the team page shows them: the membership with the person's name and e-mail. */
const memberColumns = {
	userId: spaceMembers.userId,
	name: users.name,
	email: users.email,
	role: spaceMembers.role,
	organisationId: spaceMembers.organisationId
};

/** A person's roles, by space id: a lookup across spaces, for authenticating every request. */
export async function spaceRolesOf(db: Database, userId: string): Promise<Map<string, Membership>> {
	const rows = await db.select().from(spaceMembers).where(eq(spaceMembers.userId, userId));
	return new Map(rows.map((row) => [row.spaceId, { role: row.role, organisationId: row.organisationId }]));
}

/** An invitation by its token's hash, with the space it is for: the link people follow names no space. */
export async function findInvitationByHash(db: Database, tokenHash: string): Promise<{ invitation: InvitationRow; space: InvitationSpace } | undefined> {
	const [row] = await db
		.select({ invitation: invitations, space: { id: spaces.id, slug: spaces.slug, name: spaces.name, archivedAt: spaces.archivedAt } })
		.from(invitations)
		.innerJoin(spaces, eq(spaces.id, invitations.spaceId))
		.where(eq(invitations.tokenHash, tokenHash));
	return row;
}

/** The team of one space: every query is bound to it, so none can reach another space's rows. */
export function createTeamRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	const member = (userId: string) => and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.userId, userId));

	return {
		async add(member: Omit<typeof spaceMembers.$inferInsert, 'spaceId'>): Promise<SpaceMemberRow> {
			try {
				const [row] = await db
					.insert(spaceMembers)
					.values({ ...member, spaceId })
					.returning();
				return row!;
			} catch (error) {
				if (isUniqueViolation(error)) throw alreadyMember(member.userId);
				throw error;
			}
		},

		async listMembers(): Promise<TeamMember[]> {
			return db
				.select(memberColumns)
				.from(spaceMembers)
				.innerJoin(users, eq(users.id, spaceMembers.userId))
				.where(eq(spaceMembers.spaceId, spaceId))
				.orderBy(asc(users.name), asc(users.email));
		},

		async findMember(userId: string): Promise<TeamMember | undefined> {
			const [row] = await db.select(memberColumns).from(spaceMembers).innerJoin(users, eq(users.id, spaceMembers.userId)).where(member(userId));
			return row;
		},

		async findMemberByEmail(email: string): Promise<SpaceMemberRow | undefined> {
			const [row] = await db
				.select({ member: spaceMembers })
				.from(spaceMembers)
				.innerJoin(users, eq(users.id, spaceMembers.userId))
				.where(and(eq(spaceMembers.spaceId, spaceId), eq(users.email, email)));
			return row?.member;
		},

		/**
		 * The administrators of a space, their rows locked until the transaction ends: two admins
		 * demoting each other at once must not both see the other as the one who stays.
		 */
		async lockAdmins(): Promise<string[]> {
			const rows = await db
				.select({ userId: spaceMembers.userId })
				.from(spaceMembers)
				.where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.role, 'admin')))
				// one order for everybody, so that two such transactions queue instead of deadlocking
				.orderBy(asc(spaceMembers.userId))
				.for('update');
			return rows.map((row) => row.userId);
		},

		async changeRole(userId: string, role: SpaceRole): Promise<SpaceMemberRow | undefined> {
			const [row] = await db.update(spaceMembers).set({ role, updatedAt: new Date() }).where(member(userId)).returning();
			return row;
		},

		async remove(userId: string): Promise<SpaceMemberRow | undefined> {
			const [row] = await db.delete(spaceMembers).where(member(userId)).returning();
			return row;
		},

		/**
		 * Holds, until the transaction ends, the right to change the invitations of one address in
		 * one space: two invitations sent at once then replace each other instead of both staying.
		 */
		async lockInvitationsOf(email: string): Promise<void> {
			await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`invitation:${spaceId}:${email}`}, 0))`);
		},

		async insertInvitation(invitation: Omit<typeof invitations.$inferInsert, 'spaceId'>): Promise<InvitationRow> {
			const [row] = await db
				.insert(invitations)
				.values({ ...invitation, spaceId })
				.returning();
			return row!;
		},

		/** Invitations not yet accepted and still valid, oldest first. */
		async listPendingInvitations(now: Date): Promise<InvitationRow[]> {
			return db
				.select()
				.from(invitations)
				.where(and(eq(invitations.spaceId, spaceId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)))
				.orderBy(asc(invitations.createdAt));
		},

		/** Removes the invitations to this address that were never accepted, expired or not. */
		async deleteOpenInvitations(email: string): Promise<InvitationRow[]> {
			return db
				.delete(invitations)
				.where(and(eq(invitations.spaceId, spaceId), eq(invitations.email, email), isNull(invitations.acceptedAt)))
				.returning();
		},

		async findInvitation(id: string): Promise<InvitationRow | undefined> {
			const [row] = await db
				.select()
				.from(invitations)
				.where(and(eq(invitations.spaceId, spaceId), eq(invitations.id, id)));
			return row;
		},

		/** Removes one invitation of the space unless it was accepted, expired or not: undefined when nothing was removed. */
		async deleteOpenInvitation(id: string): Promise<InvitationRow | undefined> {
			const [row] = await db
				.delete(invitations)
				.where(and(eq(invitations.spaceId, spaceId), eq(invitations.id, id), isNull(invitations.acceptedAt)))
				.returning();
			return row;
		},

		/** Marks an invitation accepted only if it still may be: undefined when it was used or expired meanwhile. */
		async markInvitationAccepted(id: string, now: Date): Promise<InvitationRow | undefined> {
			const [row] = await db
				.update(invitations)
				.set({ acceptedAt: now })
				.where(and(eq(invitations.spaceId, spaceId), eq(invitations.id, id), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)))
				.returning();
			return row;
		}
	};
}
