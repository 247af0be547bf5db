import { m } from '../../paraglide/messages.js';
import { backOfficeUrl } from '../mail/mail.templates.ts';
import type { OutgoingMail } from '../mail/mail.schemas.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The comment as the mail quotes it: at most 600 characters. */
const excerpt = (body: string) => (body.length > 600 ? `${body.slice(0, 600).trimEnd()} …` : body);

/**
 * To the author of what was commented on (a post's author), in their language: who commented, the
 * comment, whether it waits for approval, and the links to the page and to the moderation queue.
 */
export function newCommentMail({
	to,
	locale,
	publicUrl,
	spaceSlug,
	title,
	url,
	commenter,
	body,
	status
}: {
	to: string;
	locale: 'sl' | 'en';
	publicUrl: string;
	spaceSlug: string;
	title: string;
	/** The subject's page, a path on this site. */
	url: string;
	commenter: string;
	body: string;
	status: 'held' | 'published';
}): OutgoingMail {
	const say = { locale };
	const page = `${publicUrl}${locale === 'en' && !url.startsWith('/en/') ? '/en' : ''}${url}`;
	const queue = backOfficeUrl(publicUrl, locale, `/app/spaces/${spaceSlug}/comments${status === 'held' ? '' : '?status=published'}`);
	const blocks: { text: string; link?: string; quote?: boolean }[] = [
		{ text: m.comments_mail_greeting({}, say) },
		{ text: m.comments_mail_body({ name: commenter, title }, say) },
		{ text: excerpt(body), quote: true },
		{ text: status === 'held' ? m.comments_mail_held({}, say) : m.comments_mail_published({}, say), link: queue },
		{ text: m.comments_mail_page({}, say), link: page },
		{ text: m.mail_signature({}, say) }
	];
	const text = blocks.map((block) => (block.link ? `${block.text}\n${block.link}` : block.text)).join('\n\n');
	const html = [
		`<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c">`,
		...blocks.map((block) => {
			const body = escapeHtml(block.text).replace(/\n/g, '<br>');
			if (block.quote) return `<blockquote style="margin:0 0 1em;padding-left:1em;border-left:4px solid #b1b4b6">${body}</blockquote>`;
			return block.link ? `<p>${body}<br><a href="${escapeHtml(block.link)}">${escapeHtml(block.link)}</a></p>` : `<p>${body}</p>`;
		}),
		'</body></html>'
	].join('\n');
	return { to, subject: oneLine(m.comments_mail_subject({ title }, say)).slice(0, 200), text, html };
}
