import { m } from './paraglide/messages.js';
import { peopleProblem } from './people-labels.ts';
import { registryProblem } from './registry-labels.ts';

/** How long a limit still holds, in words ("3 minute"). */
const waitOf = (details: Record<string, unknown>) => m.sign_in_limit_minutes({ minutes: Number(details.retryAfterMinutes ?? 15) });

/** What people read for an error code of the domain; codes not listed get a general message. */
const byCode: Record<string, (details: Record<string, unknown>) => string> = {
	invalid_credentials: () => m.error_invalid_credentials(),
	sign_in_rate_limited: (details) => m.sign_in_limit_wait({ wait: waitOf(details) }),
	sign_in_account_locked: (details) => m.sign_in_limit_account_locked({ wait: waitOf(details) }),
	password_reset_rate_limited: (details) => m.sign_in_limit_reset_wait({ wait: waitOf(details) }),
	invitation_rate_limited: (details) => m.sign_in_limit_invitations_wait({ wait: waitOf(details) }),
	unlock_link_invalid: () => m.sign_in_limit_unlock_invalid(),
	email_taken: () => m.error_email_taken(),
	setup_link_invalid: () => m.error_setup_link_invalid(),
	setup_already_done: () => m.error_setup_already_done(),
	wrong_current_password: () => m.error_wrong_current_password(),
	reset_link_invalid: () => m.error_reset_link_invalid(),
	forbidden: () => m.error_forbidden(),
	unauthenticated: () => m.error_unauthenticated(),
	space_not_found: () => m.error_not_found_title(),
	token_not_found: () => m.error_not_found_title(),
	already_member: () => m.error_already_member(),
	last_admin: () => m.error_last_admin(),
	member_not_found: () => m.error_member_not_found(),
	// for the holder of an invitation link
	invitation_not_found: () => m.error_invitation_not_found(),
	invitation_expired: () => m.error_invitation_expired(),
	invitation_used: () => m.error_invitation_used(),
	invitation_needs_sign_in: (details) => m.error_invitation_needs_sign_in({ email: String(details.email ?? '') }),
	invitation_other_account: (details) => m.error_invitation_other_account({ email: String(details.email ?? '') }),
	// for whoever manages the team
	invitation_gone: () => m.error_invitation_gone(),
	invitation_accepted: (details) => m.error_invitation_accepted({ email: String(details.email ?? '') }),
	invitation_organisation_unknown: () => m.members_editor_organisation_unknown(),
	// merging duplicate organisations
	dup_same_organisation: () => m.dup_same_organisation(),
	dup_registration_numbers_differ: () => m.dup_registration_numbers_differ(),
	// exports of the directory past their limits
	export_busy: () => m.error_export_busy(),
	export_rate_limited: (details) => m.error_export_rate_limited({ minutes: String(details.retryAfterMinutes ?? 10) }),
	// a text with control characters, in any form
	text_invalid_characters: () => m.input_invalid_characters()
};

export function errorMessage(code: string, details: Record<string, unknown> = {}): string {
	return byCode[code]?.(details) ?? registryProblem(code) ?? peopleProblem(code) ?? m.error_generic_body();
}
