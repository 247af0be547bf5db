import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// raw HTML off: what people type as <script> shows as text; links only to the web and mail
const parser = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const allowed: sanitizeHtml.IOptions = {
	allowedTags: [
		'p',
		'br',
		'strong',
		'em',
		'a',
		'ul',
		'ol',
		'li',
		'blockquote',
		'code',
		'pre',
		'h2',
		'h3',
		'h4',
		'hr',
		'img',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td',
		's'
	],
	allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'title', 'width', 'height'], th: ['align'], td: ['align'], ol: ['start'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	// images may also come from the platform's own uploads (a path on this site)
	allowedSchemesByTag: { img: ['http', 'https'] },
	allowProtocolRelative: false,
	// an image whose address was refused would be an empty frame
	exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
	transformTags: {
		// a heading of level 1 belongs to the page, not to what people write in it
		h1: 'h2',
		a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener' } })
	}
};

/** Markdown written by people as safe HTML: raw HTML is not rendered, the output is sanitised again. */
export function markdownToHtml(markdown: string): string {
	return sanitizeHtml(parser.render(markdown), allowed);
}

/** Markdown as plain text (for a mail's text part, a feed's summary, a search): the words without the marks. */
export function markdownToText(markdown: string): string {
	const html = parser
		.render(markdown)
		.replace(/<\/(p|li|h[1-6]|blockquote|pre|tr)>/g, '\n')
		.replace(/<br\s*\/?>/g, '\n');
	const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
	return decodeEntities(text)
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
const decodeEntities = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => entities[entity] ?? entity);
