import { m } from '../../paraglide/messages.js';
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
