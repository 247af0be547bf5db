import { AppError } from '../shared/errors.ts';

export const lastAdmin = () => new AppError('last_admin', 'conflict', 'A space needs at least one administrator: make someone else an administrator first.');

export const memberNotFound = (userId: string) => new AppError('member_not_found', 'not_found', 'This person is not in the team of this space.', { userId });

/** `person` is an e-mail address, or a user id where only that is known (a concurrent insert). */
export const alreadyMember = (person: string) => new AppError('already_member', 'conflict', `${person} is already in the team of this space.`, { person });

export const invitationNotFound = () => new AppError('invitation_not_found', 'not_found', 'This invitation link is not valid. Check that it was copied whole.');

export const invitationExpired = () =>
	new AppError('invitation_expired', 'invalid', 'This invitation has expired. Ask the person who invited you for a new one.');

export const invitationUsed = () => new AppError('invitation_used', 'conflict', 'This invitation has already been accepted. Sign in instead.');

export const invitationNeedsSignIn = (email: string) =>
	new AppError('invitation_needs_sign_in', 'unauthenticated', `Sign in as ${email} to accept this invitation.`, { email });

export const invitationForAnotherAccount = (email: string) =>
	new AppError('invitation_other_account', 'forbidden', `This invitation is for ${email}: sign in with that account.`, {
		email
	});

/** Said to whoever manages the team, unlike `invitationNotFound`, which speaks to the link's holder. */
export const invitationGone = (invitationId: string) =>
	new AppError('invitation_gone', 'not_found', 'This invitation is no longer open: it was cancelled or replaced.', { invitationId });

export const invitationAccepted = (email: string) =>
	new AppError('invitation_accepted', 'conflict', `${email} has already accepted this invitation and is in the team.`, { email });

export const invitationOrganisationUnknown = (reference: string) =>
	new AppError('invitation_organisation_unknown', 'invalid', `No organisation of the registry is "${reference}".`, { reference });

export const invitationRateLimited = (retryAfterMinutes: number) =>
	new AppError('invitation_rate_limited', 'rate_limited', `Too many invitations in a short time. Try again in ${retryAfterMinutes} minutes.`, {
		retryAfterMinutes
	});
