import QRCode from 'qrcode';
import { m } from '../../../paraglide/messages.js';
import { formatDateTime } from '../../../shared/format.ts';
import { localized, type Locale } from '../../../shared/locale.ts';
import { backOfficeUrl } from '../../mail/mail.templates.ts';
import type { OutgoingMail } from '../../mail/mail.schemas.ts';
import { activitiesIcs, sessionLocation } from '../calendar/activity-ics.ts';
import type { Activity } from '../activities.schemas.ts';

/** What every mail about a registration is about and where its links lead. */
export type RegistrationMailContext = {
	to: string;
	name: string;
	locale: Locale;
	activity: Activity;
	space: { slug: string; name: { sl: string; en?: string | null } };
	publicUrl: string;
	/** The secret of the person's link (/registrations/<token>). */
	token: string;
};

export type RegistrationMailKind = 'confirmation' | 'already' | 'waitlisted' | 'offer' | 'cancelled' | 'reminder';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export const personalLink = (context: Pick<RegistrationMailContext, 'publicUrl' | 'locale' | 'token'>) =>
	backOfficeUrl(context.publicUrl, context.locale, `/registrations/${context.token}`);

export const activityLink = (context: Pick<RegistrationMailContext, 'publicUrl' | 'locale' | 'space' | 'activity'>) =>
	backOfficeUrl(context.publicUrl, context.locale, `/spaces/${context.space.slug}/activities/${context.activity.slug}`);

/** The sessions as lines: `3. mar. 2031, 09:00–13:00, Trg 1, Ljubljana`. */
export function sessionLines(activity: Activity, locale: Locale): string[] {
	return activity.sessions.map((session) => {
		const end = formatDateTime(session.endsAt, locale).split(', ').at(-1);
		return `${formatDateTime(session.startsAt, locale)}–${end}, ${sessionLocation(session)}`;
	});
}

type Block = { text: string; link?: string; strong?: boolean };

/** The mail as plain text and as simple HTML with the same blocks. */
function compose(context: RegistrationMailContext, subject: string, blocks: Block[], extraHtml = ''): OutgoingMail {
	const all: Block[] = [
		{ text: m.mail_greeting({ name: context.name }, { locale: context.locale }) },
		...blocks,
		{ text: m.mail_signature({}, { locale: context.locale }) }
	];
	const text = all.map((block) => (block.link ? `${block.text}\n${block.link}` : block.text)).join('\n\n');
	const html = [
		`<!doctype html><html lang="${context.locale}"><body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c">`,
		...all.map((block) => {
			const body = escapeHtml(block.text).replace(/\n/g, '<br>');
			const shown = block.strong ? `<strong>${body}</strong>` : body;
			return block.link ? `<p>${shown}<br><a href="${escapeHtml(block.link)}">${escapeHtml(block.link)}</a></p>` : `<p>${shown}</p>`;
		}),
		extraHtml,
		'</body></html>'
	].join('\n');
	return { to: context.to, subject: oneLine(subject), text, html };
}

function details(context: RegistrationMailContext): Block {
	const { locale, activity } = context;
	return {
		text: [localized(activity.title, locale).text, ...sessionLines(activity, locale)].join('\n'),
		link: activityLink(context)
	};
}

/** The check-in code as a PNG QR code (the code only, nothing else), shown inside the mail. */
export async function checkInQrPng(code: string): Promise<string> {
	const png = await QRCode.toBuffer(code, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 240 });
	return png.toString('base64');
}

/** The mail of `kind`; confirmation, repeated confirmation and reminder carry the code, its QR code and the calendar file. */
export async function registrationMail(
	kind: RegistrationMailKind,
	context: RegistrationMailContext,
	extra: { checkInCode?: string; offeredUntil?: Date | null } = {}
): Promise<OutgoingMail> {
	const { locale, activity } = context;
	const title = localized(activity.title, locale).text;
	const link = personalLink(context);
	const say = { locale };
	switch (kind) {
		case 'waitlisted':
			return compose(context, m.registration_mail_waitlisted_subject({ title }, say), [
				{ text: m.registration_mail_waitlisted_body({}, say), strong: true },
				details(context),
				{ text: m.registration_mail_cancel_link({}, say), link }
			]);
		case 'offer':
			return compose(context, m.registration_mail_offer_subject({ title }, say), [
				{ text: m.registration_mail_offer_body({}, say), strong: true },
				details(context),
				{ text: m.registration_mail_offer_link({ until: formatDateTime(extra.offeredUntil ?? new Date(), locale) }, say), link },
				{ text: m.registration_mail_offer_lapse({}, say) }
			]);
		case 'cancelled':
			return compose(context, m.registration_mail_cancelled_subject({ title }, say), [{ text: m.registration_mail_cancelled_body({}, say) }, details(context)]);
		default: {
			const code = extra.checkInCode ?? '';
			const lead =
				kind === 'reminder'
					? m.registration_mail_reminder_body({}, say)
					: kind === 'already'
						? m.registration_mail_already_body({}, say)
						: m.registration_mail_confirmation_body({}, say);
			const subject = kind === 'reminder' ? m.registration_mail_reminder_subject({ title }, say) : m.registration_mail_confirmation_subject({ title }, say);
			const mail = compose(
				context,
				subject,
				[
					{ text: lead, strong: true },
					details(context),
					{ text: m.registration_mail_code({ code }, say) },
					{ text: m.registration_mail_calendar({}, say) },
					{ text: m.registration_mail_cancel_link({}, say), link }
				],
				`<p><img src="cid:check-in-code" width="240" height="240" alt="${escapeHtml(m.registration_mail_qr_alt({ code }, say))}"></p>`
			);
			const host = new URL(context.publicUrl).host;
			const ics = activitiesIcs({
				name: title,
				entries: [{ activity, url: activityLink(context) }],
				locale,
				host
			});
			return {
				...mail,
				attachments: [
					{ filename: 'dogodek.ics', contentType: 'text/calendar; charset=utf-8', content: ics },
					{ filename: `koda-${code}.png`, contentType: 'image/png', content: await checkInQrPng(code), encoding: 'base64', cid: 'check-in-code' }
				]
			};
		}
	}
}
