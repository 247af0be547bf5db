/**
 * The strings of a PDF's bookmarks and document information (title), which Chromium writes as
 * UTF-16 hex (`<FEFF…>`) or literal strings, outside the compressed page streams: enough to check
 * what a PDF is titled and which headings it has without a PDF reader.
 */
export function pdfStrings(pdf: Uint8Array): string[] {
	const text = Buffer.from(pdf).toString('latin1');
	const hex = [...text.matchAll(/<FEFF([0-9A-F]+)>/gi)].map((match) => Buffer.from(match[1]!, 'hex').swap16().toString('utf16le'));
	const literal = [...text.matchAll(/\/Title \(([^)]*)\)/g)].map((match) => match[1]!);
	return [...hex, ...literal];
}
