import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import { userNotFound } from '../auth/auth.errors.ts';
import { createUsersRepository } from '../auth/users.repository.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { alreadyMember, lastAdmin, memberNotFound } from './team.errors.ts';
import { teamPolicy } from './team.policy.ts';
import { createTeamRepository, type TeamMember } from './team.repository.ts';
import type { SpaceRef } from '../spaces/space-scope.ts';
import { presentInvitation, type InvitationSummary } from './team.invitations.usecases.ts';
import { roleChangeSchema, addMemberSchema } from './team.schemas.ts';
import { managingTeam, type TeamSpace } from './team.scope.ts';

export type Team = { space: TeamSpace; members: TeamMember[]; invitations: InvitationSummary[] };

/**
 * The people of a space and the invitations still open. `action: 'manage'` is for the page that
 * changes the team, which only those who may manage it should see.
 */
export async function listTeam({
	db,
	actor,
	space,
	action = 'read'
}: {
	db: Database;
	actor: Actor;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	action?: 'read' | 'manage';
}): Promise<Team> {
	authorize(teamPolicy, actor, action, { spaceId: space.id });
	const team = createTeamRepository({ db, spaceId: space.id });
	return {
		space,
		members: await team.listMembers(),
		invitations: (await team.listPendingInvitations(new Date())).map(presentInvitation)
	};
}

/** Refuses to leave a space without an administrator; `admins` must be locked by the caller. */
function keepAnAdmin(member: TeamMember, admins: string[], newRole: TeamMember['role'] | undefined) {
	if (member.role === 'admin' && newRole !== 'admin' && admins.length <= 1) throw lastAdmin();
}

export async function changeRole({
	db,
	context,
	space,
	input
}: {
	db: Database;
	context: AuditContext;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	/** Validated here: a form, the API and the CLI pass what they received. */
	input: unknown;
}): Promise<TeamMember> {
	return managingTeam({ db, context, space }, async (tx) => {
		const { userId, role } = roleChangeSchema.parse(input);
		const team = createTeamRepository({ db: tx, spaceId: space.id });
		const admins = await team.lockAdmins();
		const before = await team.findMember(userId);
		if (!before) throw memberNotFound(userId);
		if (before.role === role) return before;
		keepAnAdmin(before, admins, role);
		await team.changeRole(userId, role);
		const after = { ...before, role };
		await recordAudit({
			db: tx,
			context,
			change: { action: 'space_member.change_role', entityType: 'space_member', entityId: userId, spaceId: space.id, before, after }
		});
		return after;
	});
}

export async function removeMember({
	db,
	context,
	space,
	userId
}: {
	db: Database;
	context: AuditContext;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	userId: string;
}): Promise<TeamMember> {
	return managingTeam({ db, context, space }, async (tx) => {
		const team = createTeamRepository({ db: tx, spaceId: space.id });
		const admins = await team.lockAdmins();
		const before = await team.findMember(userId);
		if (!before) throw memberNotFound(userId);
		keepAnAdmin(before, admins, undefined);
		await team.remove(userId);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'space_member.remove', entityType: 'space_member', entityId: userId, spaceId: space.id, before }
		});
		return before;
	});
}

/** Adds an existing account to a space directly, as the operator does from the command line. */
export async function addMember({
	db,
	context,
	space,
	input
}: {
	db: Database;
	context: AuditContext;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	input: { email: string; role: string };
}): Promise<TeamMember> {
	const { email, role } = addMemberSchema.parse(input);
	return managingTeam({ db, context, space }, async (tx) => {
		const user = await createUsersRepository({ db: tx }).findByEmail(email);
		if (!user) throw userNotFound(email);
		const team = createTeamRepository({ db: tx, spaceId: space.id });
		if (await team.findMember(user.id)) throw alreadyMember(email);
		await team.add({ userId: user.id, role });
		const after = (await team.findMember(user.id))!;
		await recordAudit({
			db: tx,
			context,
			change: { action: 'space_member.add', entityType: 'space_member', entityId: user.id, spaceId: space.id, after }
		});
		return after;
	});
}
