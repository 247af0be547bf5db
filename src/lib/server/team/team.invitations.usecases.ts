import { localized } from '../../shared/locale.ts';
import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import { createUser } from '../auth/auth.usecases.ts';
import type { Auth } from '../auth/better-auth.ts';
import { createUsersRepository } from '../auth/users.repository.ts';
import type { Database } from '../db/client.ts';
import { backOfficeUrl, invitationMail } from '../mail/mail.templates.ts';
import { queueMail } from '../mail/mail.usecases.ts';
import { systemActor } from '../policy/actor.ts';
import { createOrganisationsRepository } from '../organisations/organisations.repository.ts';
import { authorize } from '../policy/policy.ts';
import { countAttempt } from '../rate-limit/rate-limit.usecases.ts';
import { hashSecret, randomSecret } from '../shared/secrets.ts';
import {
	alreadyMember,
	invitationAccepted,
	invitationExpired,
	invitationForAnotherAccount,
	invitationGone,
	invitationNeedsSignIn,
	invitationNotFound,
	invitationOrganisationUnknown,
	invitationRateLimited,
	invitationUsed
} from './team.errors.ts';
import { teamPolicy } from './team.policy.ts';
import { createTeamRepository, findInvitationByHash, type InvitationSpace, type TeamMember } from './team.repository.ts';
import { invitationIdSchema, invitationSchema, newAccountSchema, type NewAccount } from './team.schemas.ts';
import type { InvitationRow } from './team.table.ts';
import { managingTeam } from './team.scope.ts';
import type { SpaceRef } from '../spaces/space-scope.ts';
import { spaceReadOnly } from '../spaces/spaces.errors.ts';

export const invitationValidDays = 7;

/** What may be shown or audited about an invitation: never its token's hash. */
export type InvitationSummary = Omit<InvitationRow, 'tokenHash'>;

export const presentInvitation = ({ tokenHash: _hash, ...summary }: InvitationRow): InvitationSummary => summary;

/**
 * Invites an e-mail address into a space and queues the mail with the link; only the link's hash
 * is stored. Inviting the same address again replaces the open invitation, so that only the newest
 * link works. Wake the job runner afterwards to send the mail at once.
 */
export async function inviteToSpace({
	db,
	context,
	publicUrl,
	space,
	input
}: {
	db: Database;
	context: AuditContext;
	/** Where people open the platform; the link in the mail points there. */
	publicUrl: string;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	/** Validated here: a form, the API and the CLI pass what they received. */
	input: unknown;
}): Promise<InvitationSummary> {
	const token = randomSecret();
	return managingTeam({ db, context, space }, async (tx) => {
		const { email, role, locale, organisationId, registrationNumber } = invitationSchema.parse(input);
		const { actor } = context;
		const person = actor.kind === 'session' || actor.kind === 'token' ? actor : undefined;
		// counted in the transaction: a query outside it would wait for a second connection of the pool
		// while this one is held, and enough invitations at once would hold every connection so
		if (person) await limitInvitations(tx, person.userId, email);
		const organisation = role === 'member_editor' ? await organisationFor(tx, organisationId, registrationNumber) : null;
		const team = createTeamRepository({ db: tx, spaceId: space.id });
		if (await team.findMemberByEmail(email)) throw alreadyMember(email);
		const audit = (action: string, invitation: InvitationRow, change: { before?: unknown; after?: unknown }) =>
			recordAudit({ db: tx, context, change: { action, entityType: 'invitation', entityId: invitation.id, spaceId: space.id, ...change } });

		await team.lockInvitationsOf(email);
		for (const replaced of await team.deleteOpenInvitations(email)) {
			await audit('invitation.replace', replaced, { before: presentInvitation(replaced) });
		}
		const invitation = await team.insertInvitation({
			email,
			role,
			locale,
			organisationId: organisation?.id ?? null,
			tokenHash: hashSecret(token),
			invitedBy: person?.userId ?? null,
			expiresAt: new Date(Date.now() + invitationValidDays * 86_400_000)
		});
		const summary = presentInvitation(invitation);
		await audit('invitation.create', invitation, { after: summary });
		await queueMail({
			db: tx,
			message: invitationMail({
				to: email,
				space: localized(space.name, locale).text,
				role,
				inviter: person?.name,
				url: backOfficeUrl(publicUrl, locale, `/app/invitations/${token}`),
				validDays: invitationValidDays,
				locale
			})
		});
		return summary;
	});
}

// Each invitation sends a mail: someone who manages a team (or took over such an account) must not
// turn the platform into a mail cannon, nor flood one mailbox by inviting it again and again.
const invitationWindowSeconds = 60 * 60;

async function limitInvitations(db: Database, inviterId: string, email: string) {
	const attempt = await countAttempt({
		db,
		limits: [
			{ key: `invitation:inviter:${inviterId}`, max: 30, windowSeconds: invitationWindowSeconds },
			{ key: `invitation:address:${email}`, max: 3, windowSeconds: invitationWindowSeconds }
		]
	});
	if (!attempt.allowed) throw invitationRateLimited(attempt.retryAfterMinutes);
}

/** The organisation a member editor will keep: picked by id, or named by registration number. */
async function organisationFor(db: Database, organisationId: string | undefined, registrationNumber: string | undefined) {
	const organisations = createOrganisationsRepository({ db });
	const found = organisationId ? await organisations.findById(organisationId) : await organisations.findByRegistrationNumber(registrationNumber!);
	if (!found) throw invitationOrganisationUnknown((organisationId ?? registrationNumber)!);
	return found;
}

/**
 * Withdraws an invitation that was not accepted: it is deleted, so its link stops working (the
 * page behind it then says the link is not valid). Expired ones may go too, as the page that
 * offered the button may have been loaded before they expired.
 */
export async function cancelInvitation({
	db,
	context,
	space,
	invitationId
}: {
	db: Database;
	context: AuditContext;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	invitationId: string;
}): Promise<InvitationSummary> {
	return managingTeam({ db, context, space }, async (tx) => {
		if (!invitationIdSchema.safeParse(invitationId).success) throw invitationGone(invitationId);
		const team = createTeamRepository({ db: tx, spaceId: space.id });
		// deleting first and asking why only when nothing went keeps a concurrent acceptance out:
		// of the two statements on the row, one waits for the other and then finds it changed
		const cancelled = await team.deleteOpenInvitation(invitationId);
		if (!cancelled) {
			const accepted = await team.findInvitation(invitationId);
			throw accepted ? invitationAccepted(accepted.email) : invitationGone(invitationId);
		}
		const before = presentInvitation(cancelled);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'invitation.cancel', entityType: 'invitation', entityId: cancelled.id, spaceId: space.id, before }
		});
		return before;
	});
}

/** The invitation a link stands for, while it can still be accepted. */
async function openInvitation(db: Database, token: string) {
	const found = await findInvitationByHash(db, hashSecret(token));
	if (!found) throw invitationNotFound();
	if (found.invitation.acceptedAt) throw invitationUsed();
	if (found.invitation.expiresAt <= new Date()) throw invitationExpired();
	// an archived space takes nobody in until it is restored
	if (found.space.archivedAt) throw spaceReadOnly(found.space.slug);
	return found;
}

export type InvitationView = {
	email: string;
	role: TeamMember['role'];
	space: InvitationSpace;
	expiresAt: Date;
	/** An account with the invited address exists: its owner signs in to accept. */
	accountExists: boolean;
};

/** What the invitation page shows; anyone holding the link may see it. */
export async function getInvitation({ db, token }: { db: Database; token: string }): Promise<InvitationView> {
	const { invitation, space } = await openInvitation(db, token);
	return {
		email: invitation.email,
		role: invitation.role,
		space,
		expiresAt: invitation.expiresAt,
		accountExists: Boolean(await createUsersRepository({ db }).findByEmail(invitation.email))
	};
}

/**
 * Accepts an invitation. Without an account for the invited address, `input` (name and password)
 * creates one; with one, its owner must be the signed-in actor. Either way the person joins the
 * space in the invited role and the link stops working.
 */
export async function acceptInvitation({
	db,
	auth,
	context,
	token,
	input
}: {
	db: Database;
	auth: Auth;
	/** Who accepts: the signed-in owner of an existing account, or anybody with the link. */
	context: AuditContext;
	token: string;
	input?: NewAccount;
}): Promise<{ userId: string; email: string; accountCreated: boolean }> {
	authorize(teamPolicy, context.actor, 'acceptInvitation');
	const { invitation } = await openInvitation(db, token);
	const existing = await createUsersRepository({ db }).findByEmail(invitation.email);
	// a new person has no account yet: the platform lets them act on the link's authority, and the
	// log names them by the address the link was sent to, then by the account they make
	const onLink: AuditContext = { actor: systemActor, source: context.source, person: { label: invitation.email } };
	let userId: string;
	if (existing) {
		if (context.actor.kind !== 'session') throw invitationNeedsSignIn(invitation.email);
		if (context.actor.userId !== existing.id) throw invitationForAnotherAccount(invitation.email);
		userId = existing.id;
	} else {
		const account = newAccountSchema.parse(input ?? {});
		// better-auth writes through its own connection, so the account cannot be part of the
		// transaction below; a second submission then finds the
		// address taken and fails before touching the invitation
		const user = await createUser({
			db,
			auth,
			context: onLink,
			input: { ...account, email: invitation.email, locale: invitation.locale },
			ownAccount: true
		});
		userId = user.id;
	}
	const writer: AuditContext = existing ? context : { ...onLink, person: { userId, label: invitation.email } };
	return db.transaction(async (tx) => {
		const team = createTeamRepository({ db: tx, spaceId: invitation.spaceId });
		const accepted = await team.markInvitationAccepted(invitation.id, new Date());
		if (!accepted) throw invitationUsed();
		const member = await team.add({ userId, role: invitation.role, organisationId: invitation.organisationId });
		const change = { spaceId: invitation.spaceId };
		await recordAudit({
			db: tx,
			context: writer,
			change: {
				...change,
				action: 'invitation.accept',
				entityType: 'invitation',
				entityId: invitation.id,
				before: presentInvitation(invitation),
				after: presentInvitation(accepted)
			}
		});
		await recordAudit({
			db: tx,
			context: writer,
			change: {
				...change,
				action: 'space_member.add',
				entityType: 'space_member',
				entityId: userId,
				after: { userId, email: invitation.email, role: member.role, organisationId: member.organisationId }
			}
		});
		return { userId, email: invitation.email, accountCreated: !existing };
	});
}
