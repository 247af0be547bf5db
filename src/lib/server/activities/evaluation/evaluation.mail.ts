import { m } from '../../../paraglide/messages.js';
import type { OutgoingMail } from '../../mail/mail.schemas.ts';

type Locale = 'sl' | 'en';

/** The invitation to evaluate an activity, with the person's own link to the form. */
export function evaluationMail({
	to,
	name,
	activity,
	space,
	url,
	anonymous,
	locale
}: {
	to: string;
	name: string;
	activity: string;
	space: string;
	url: string;
	anonymous: boolean;
	locale: Locale;
}): OutgoingMail {
	return {
		to,
		subject: m.evaluation_mail_subject({ activity }, { locale }),
		text: [
			m.mail_greeting({ name }, { locale }),
			m.evaluation_mail_body({ activity, space }, { locale }),
			url,
			anonymous ? m.evaluation_mail_anonymous({}, { locale }) : m.evaluation_mail_named({}, { locale }),
			m.mail_signature({}, { locale })
		].join('\n\n')
	};
}
