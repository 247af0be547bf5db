import mjml2html from 'mjml';
import { m } from '../../paraglide/messages.js';
import type { OutgoingMail } from '../mail/mail.schemas.ts';
import { markdownToHtml, markdownToText } from '../shared/markdown.ts';
import type { Locale } from './newsletters.table.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The address of a list's unsubscribe page for one key; `/one-click` after it takes the RFC 8058 POST. */
export const unsubscribeUrlOf = (publicUrl: string, locale: Locale, token: string) => `${publicUrl}${locale === 'en' ? '/en' : ''}/unsubscribe/${token}`;

/**
 * The headers that let a mail client offer "unsubscribe" itself (RFC 2369) and do it with one
 * POST (RFC 8058); the mailto is the sender's address, for clients that only mail.
 */
export function unsubscribeHeaders(unsubscribeUrl: string, mailFrom?: string): Record<string, string> {
	const address = mailFrom?.match(/<([^<>\s]+@[^<>\s]+)>/)?.[1] ?? mailFrom?.match(/[^<>\s]+@[^<>\s]+/)?.[0];
	const mailto = address ? `, <mailto:${address}?subject=unsubscribe>` : '';
	return { 'List-Unsubscribe': `<${unsubscribeUrl}/one-click>${mailto}`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export type LayoutInput = {
	locale: Locale;
	spaceName: string;
	listName: string;
	/** Safe HTML (sanitised Markdown or built here from escaped text). */
	contentHtml: string;
	unsubscribeUrl: string;
	preview?: string;
};

/** The one layout of the space's mails (mjml: responsive, tables that mail clients read). */
export async function renderLayout({ locale, spaceName, listName, contentHtml, unsubscribeUrl, preview }: LayoutInput): Promise<string> {
	const why = escapeHtml(m.newsletters_mail_why({ list: listName, space: spaceName }, { locale }));
	const source = `<mjml lang="${locale}">
  <mj-head>
    <mj-title>${escapeHtml(spaceName)}</mj-title>
    ${preview ? `<mj-preview>${escapeHtml(preview)}</mj-preview>` : ''}
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="17px" line-height="1.55" color="#1f2328" />
    </mj-attributes>
    <mj-style>
      .content a { color: #0b5cad; }
      .content h2 { font-size: 22px; line-height: 1.3; margin: 24px 0 8px; }
      .content h3 { font-size: 19px; margin: 20px 0 6px; }
      .content img { max-width: 100%; height: auto; }
      .footer a { color: #3b4450; }
    </mj-style>
  </mj-head>
  <mj-body background-color="#f3f4f6" width="640px">
    <mj-section background-color="#0b5cad" padding="18px 20px">
      <mj-column>
        <mj-text color="#ffffff" font-size="20px" font-weight="bold" line-height="1.3" padding="0">${escapeHtml(spaceName)}</mj-text>
        <mj-text color="#dbe8f6" font-size="15px" padding="4px 0 0">${escapeHtml(listName)}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="12px 20px 20px">
      <mj-column>
        <mj-text css-class="content" padding="0">${contentHtml}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section padding="16px 20px 28px">
      <mj-column>
        <mj-text css-class="footer" font-size="14px" line-height="1.5" color="#3b4450" padding="0">${why}<br /><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(
					m.newsletters_mail_unsubscribe({}, { locale })
				)}</a></mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
	const { html } = await mjml2html(source, { validationLevel: 'soft', minify: false });
	return html;
}

/** The footer of the text part. */
export const textFooter = (locale: Locale, spaceName: string, listName: string, unsubscribeUrl: string) =>
	`--\n${m.newsletters_mail_why({ list: listName, space: spaceName }, { locale })}\n${m.newsletters_mail_unsubscribe({}, { locale })}: ${unsubscribeUrl}`;

/** A placeholder for the recipient's key: the campaign is rendered once per language, the key put in per recipient. */
export const keyPlaceholder = 'NEWSLETTERKEYPLACEHOLDER0000000000000000000000000000000000000000';

export type CampaignTexts = { subject: string; body: string };

/** A campaign in one language, rendered once, with the key placeholder where each recipient's goes. */
export async function renderCampaign({
	texts,
	locale,
	spaceName,
	listName,
	publicUrl
}: {
	texts: CampaignTexts;
	locale: Locale;
	spaceName: string;
	listName: string;
	publicUrl: string;
}): Promise<{ subject: string; html: string; text: string }> {
	const unsubscribeUrl = unsubscribeUrlOf(publicUrl, locale, keyPlaceholder);
	const html = await renderLayout({
		locale,
		spaceName,
		listName,
		contentHtml: `<h2>${escapeHtml(texts.subject)}</h2>${markdownToHtml(texts.body)}`,
		unsubscribeUrl,
		preview: markdownToText(texts.body).slice(0, 140)
	});
	const text = `${texts.subject}\n\n${markdownToText(texts.body)}\n\n${textFooter(locale, spaceName, listName, unsubscribeUrl)}`;
	return { subject: texts.subject, html, text };
}

/** One recipient's mail from a rendered campaign. */
export function personalise(
	rendered: { subject: string; html: string; text: string },
	{ to, token, publicUrl, locale, mailFrom }: { to: string; token: string; publicUrl: string; locale: Locale; mailFrom?: string }
): OutgoingMail {
	return {
		to,
		subject: rendered.subject,
		html: rendered.html.replaceAll(keyPlaceholder, token),
		text: rendered.text.replaceAll(keyPlaceholder, token),
		headers: unsubscribeHeaders(unsubscribeUrlOf(publicUrl, locale, token), mailFrom)
	};
}

const confirmationTemplates = new Map<string, string>();

/** The double opt-in mail: nothing else goes to the address until its link is followed. */
export async function confirmationMail({
	to,
	locale,
	spaceName,
	listName,
	confirmUrl,
	validDays
}: {
	to: string;
	locale: Locale;
	spaceName: string;
	listName: string;
	confirmUrl: string;
	validDays: number;
}): Promise<OutgoingMail> {
	const intro = m.newsletters_confirm_mail_body({ list: listName, space: spaceName }, { locale });
	const ignore = m.newsletters_confirm_mail_ignore({ days: validDays }, { locale });
	const button = m.newsletters_confirm_mail_button({}, { locale });
	// rendered once per list and language (mjml takes milliseconds of CPU), the link put in per mail
	const cacheKey = JSON.stringify([locale, spaceName, listName, validDays]);
	let template = confirmationTemplates.get(cacheKey);
	if (!template) {
		const source = `<mjml lang="${locale}"><mj-head><mj-attributes><mj-all font-family="Helvetica, Arial, sans-serif" /><mj-text font-size="17px" line-height="1.55" color="#1f2328" /></mj-attributes></mj-head>
  <mj-body background-color="#f3f4f6" width="640px">
    <mj-section background-color="#0b5cad" padding="18px 20px"><mj-column><mj-text color="#ffffff" font-size="20px" font-weight="bold" padding="0">${escapeHtml(spaceName)}</mj-text></mj-column></mj-section>
    <mj-section background-color="#ffffff" padding="16px 20px 24px"><mj-column>
      <mj-text padding="0 0 12px">${escapeHtml(intro)}</mj-text>
      <mj-button href="${keyPlaceholder}" background-color="#0b5cad" color="#ffffff" font-size="17px" inner-padding="14px 22px" align="left" padding="4px 0 16px">${escapeHtml(button)}</mj-button>
      <mj-text font-size="15px" color="#3b4450" padding="0">${escapeHtml(ignore)}</mj-text>
    </mj-column></mj-section>
  </mj-body></mjml>`;
		template = (await mjml2html(source, { validationLevel: 'soft' })).html;
		if (confirmationTemplates.size >= 100) confirmationTemplates.clear();
		confirmationTemplates.set(cacheKey, template);
	}
	const html = template.replaceAll(keyPlaceholder, escapeHtml(confirmUrl));
	return {
		to,
		subject: m.newsletters_confirm_mail_subject({ list: listName }, { locale }),
		html,
		text: [intro, `${button}: ${confirmUrl}`, ignore].join('\n\n')
	};
}
