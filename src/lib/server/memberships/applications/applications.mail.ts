import { m } from '../../../paraglide/messages.js';
import type { OutgoingMail } from '../../mail/mail.schemas.ts';
import type { ApplicationDecision } from './applications.schemas.ts';

type Locale = 'sl' | 'en';

/** The answer to an application, in the language the applicant wrote in. `space` is its name in that language. */
export function applicationDecisionMail({
	to,
	name,
	organisation,
	space,
	decision,
	spaceUrl,
	locale
}: {
	to: string;
	name: string;
	organisation: string;
	space: string;
	decision: ApplicationDecision;
	spaceUrl: string;
	locale: Locale;
}): OutgoingMail {
	// names may hold anything; the subject must stay one line
	const oneLine = (text: string) => text.replace(/\s+/g, ' ');
	const accepted = decision === 'accept';
	return {
		to,
		subject: (accepted ? m.memberships_mail_accepted_subject : m.memberships_mail_declined_subject)({ space: oneLine(space) }, { locale }),
		text: [
			m.mail_greeting({ name }, { locale }),
			(accepted ? m.memberships_mail_accepted_body : m.memberships_mail_declined_body)({ organisation, space }, { locale }),
			...(accepted ? [m.memberships_mail_accepted_link({}, { locale }), spaceUrl] : [m.memberships_mail_declined_contact({}, { locale })]),
			m.mail_signature({}, { locale })
		].join('\n\n')
	};
}
