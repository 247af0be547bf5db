/** A piece of a paragraph of a comment: text as typed, or a web address made a link. */
export type CommentPiece = { text: string; href?: string };

const addressPattern = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;

/** Punctuation after an address belongs to the sentence (`see https://x.si.`), a closing bracket too unless the address opened one. */
function trimTrailing(address: string): string {
	let end = address.length;
	for (;;) {
		const last = address[end - 1];
		if (last && '.,;:!?\'"'.includes(last)) end--;
		else if (last === ')' && (address.slice(0, end).match(/\(/g)?.length ?? 0) < (address.slice(0, end).match(/\)/g)?.length ?? 0)) end--;
		else break;
	}
	return address.slice(0, end);
}

/**
 * A comment as paragraphs (parted by blank lines) of pieces: plain text, never HTML, with web
 * addresses made links. The page renders the pieces as text nodes and `<a>`s, so nothing typed can
 * become markup.
 */
export function commentParagraphs(body: string): CommentPiece[][] {
	return body
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter(Boolean)
		.map((paragraph) => {
			const pieces: CommentPiece[] = [];
			let at = 0;
			for (const match of paragraph.matchAll(addressPattern)) {
				const address = trimTrailing(match[0]);
				if (match.index > at) pieces.push({ text: paragraph.slice(at, match.index) });
				pieces.push({ text: address, href: address.toLowerCase().startsWith('www.') ? `https://${address}` : address });
				at = match.index + address.length;
			}
			if (at < paragraph.length) pieces.push({ text: paragraph.slice(at) });
			return pieces;
		});
}
