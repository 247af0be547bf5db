import { m } from '../paraglide/messages.js';
import { waitOf } from '../auth/auth.error-words.ts';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	already_member: () => m.error_already_member(),
	last_admin: () => m.error_last_admin(),
	member_not_found: () => m.error_member_not_found(),
	invitation_rate_limited: (details) => m.sign_in_limit_invitations_wait({ wait: waitOf(details) }),
	// for the holder of an invitation link
	invitation_not_found: () => m.error_invitation_not_found(),
	invitation_expired: () => m.error_invitation_expired(),
	invitation_used: () => m.error_invitation_used(),
	invitation_needs_sign_in: (details) => m.error_invitation_needs_sign_in({ email: textOf(details.email) }),
	invitation_other_account: (details) => m.error_invitation_other_account({ email: textOf(details.email) }),
	// for whoever manages the team
	invitation_gone: () => m.error_invitation_gone(),
	invitation_accepted: (details) => m.error_invitation_accepted({ email: textOf(details.email) }),
	invitation_organisation_unknown: () => m.members_editor_organisation_unknown()
};
