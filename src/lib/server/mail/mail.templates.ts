import { m } from '../../paraglide/messages.js';
import type { SpaceRole } from '../../policy/roles.ts';
import type { OutgoingMail } from './mail.schemas.ts';

type Locale = 'sl' | 'en';

/** Links into the back office in the recipient's language. */
export function backOfficeUrl(publicUrl: string, locale: Locale, path: string): string {
	return `${publicUrl}${locale === 'en' ? '/en' : ''}${path}`;
}

export function passwordResetMail({ to, name, url, locale }: { to: string; name: string; url: string; locale: Locale }): OutgoingMail {
	return {
		to,
		subject: m.mail_reset_subject({}, { locale }),
		text: [
			m.mail_greeting({ name }, { locale }),
			m.mail_reset_body({}, { locale }),
			url,
			m.mail_reset_ignore({}, { locale }),
			m.mail_signature({}, { locale })
		].join('\n\n')
	};
}

/** Sent when an account gets locked by failed sign-ins: the link lets its owner's browser in. */
export function signInUnlockMail({
	to,
	name,
	url,
	validHours,
	locale
}: {
	to: string;
	name: string;
	url: string;
	validHours: number;
	locale: Locale;
}): OutgoingMail {
	return {
		to,
		subject: m.sign_in_limit_mail_subject({}, { locale }),
		text: [
			m.mail_greeting({ name }, { locale }),
			m.sign_in_limit_mail_body({}, { locale }),
			m.sign_in_limit_mail_link({ valid: m.sign_in_limit_hours({ hours: validHours }, { locale }) }, { locale }),
			url,
			m.sign_in_limit_mail_ignore({}, { locale }),
			m.mail_signature({}, { locale })
		].join('\n\n')
	};
}

const roleLabels: Record<SpaceRole, (inputs: object, options: { locale: Locale }) => string> = {
	admin: m.role_admin,
	staff: m.role_staff,
	member_editor: m.role_member_editor,
	viewer: m.role_viewer
};

/** `space` is the space's name in `locale`; `inviter` is absent when the command line invites. */
export function invitationMail({
	to,
	space,
	role,
	inviter,
	url,
	validDays,
	locale
}: {
	to: string;
	space: string;
	role: SpaceRole;
	inviter?: string;
	url: string;
	validDays: number;
	locale: Locale;
}): OutgoingMail {
	return {
		to,
		// the name of a space may hold anything; the subject must stay one line
		subject: m.mail_invitation_subject({ space: space.replace(/\s+/g, ' ') }, { locale }),
		text: [
			m.mail_invitation_greeting({}, { locale }),
			m.mail_invitation_body({ space, role: roleLabels[role]({}, { locale }) }, { locale }),
			...(inviter ? [m.mail_invitation_inviter({ inviter }, { locale })] : []),
			m.mail_invitation_link({ days: String(validDays) }, { locale }),
			url,
			m.mail_invitation_ignore({}, { locale }),
			m.mail_signature({}, { locale })
		].join('\n\n')
	};
}
