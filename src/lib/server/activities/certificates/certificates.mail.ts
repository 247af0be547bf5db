import { m } from '../../../paraglide/messages.js';
import type { OutgoingMail } from '../../mail/mail.schemas.ts';
import type { Certificate } from './certificates.schemas.ts';

type Locale = 'sl' | 'en';

/** The name a certificate's PDF is saved under. */
export const certificateFileName = (certificate: Pick<Certificate, 'activity'>, locale: Locale) =>
	`${locale === 'sl' ? 'potrdilo' : 'certificate'}-${certificate.activity.slug}.pdf`.slice(0, 120);

/** The certificate of attendance as a PDF attachment, with the links to download and verify it. */
export function certificateMail({
	to,
	name,
	certificate,
	downloadUrl,
	verifyUrl,
	evaluationUrl,
	pdf,
	locale
}: {
	to: string;
	name: string;
	certificate: Certificate;
	downloadUrl: string;
	verifyUrl: string;
	evaluationUrl?: string;
	pdf: Uint8Array;
	locale: Locale;
}): OutgoingMail {
	const activity = (locale === 'en' && certificate.activity.title.en) || certificate.activity.title.sl;
	return {
		to,
		subject: m.certificate_mail_subject({ activity }, { locale }),
		text: [
			m.mail_greeting({ name }, { locale }),
			m.certificate_mail_body({ activity }, { locale }),
			m.certificate_mail_download({}, { locale }),
			downloadUrl,
			m.certificate_mail_verify({ code: certificate.code }, { locale }),
			verifyUrl,
			...(evaluationUrl ? [m.certificate_mail_evaluation({}, { locale }), evaluationUrl] : []),
			m.mail_signature({}, { locale })
		].join('\n\n'),
		attachments: [
			{ filename: certificateFileName(certificate, locale), contentType: 'application/pdf', content: Buffer.from(pdf).toString('base64'), encoding: 'base64' }
		]
	};
}
