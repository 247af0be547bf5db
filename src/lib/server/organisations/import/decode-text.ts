import { importFileEncoding } from './import.errors.ts';

/** How a text file's bytes were read. */
export type TextEncoding = 'utf-8' | 'windows-1250';

/**
 * Control characters no spreadsheet writes into a cell: C0 but tab, line feed and carriage return,
 * DEL and the C1 range. In Windows-1250 the bytes 0x81, 0x83, 0x88, 0x90 and 0x98 stand for no
 * character, and the WHATWG decoder gives them as C1 controls, so this refuses them too.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this is for
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const windows1250 = new TextDecoder('windows-1250', { fatal: true });

/**
 * A text file's characters: UTF-8 when its bytes are valid UTF-8 (a byte order mark is dropped),
 * else Windows-1250, which Excel set to Slovenian writes for "CSV (ločeno z vejico)". A file that
 * holds control characters either way is neither (UTF-16, a binary file renamed .csv, another code
 * page): it is refused rather than read into garbled names.
 *
 * Valid UTF-8 is never mistaken for Windows-1250: č, š and ž in Windows-1250 (0xE8, 0x9A, 0x9E)
 * followed by an ordinary letter are never a valid UTF-8 sequence.
 */
export function decodeText(content: Buffer): { text: string; encoding: TextEncoding } {
	let text: string | undefined;
	let encoding: TextEncoding = 'utf-8';
	try {
		text = utf8.decode(content);
	} catch {
		// a byte order mark says UTF-8: a file that has one and breaks it is damaged, not Windows-1250
		if (content.subarray(0, 3).equals(utf8Bom)) {
			const lenient = new TextDecoder('utf-8').decode(content);
			throw importFileEncoding(lineAt(lenient, lenient.indexOf('\uFFFD')), 'U+FFFD');
		}
		encoding = 'windows-1250';
		text = windows1250.decode(content);
	}
	const control = controlCharacter.exec(text);
	if (control) throw importFileEncoding(lineAt(text, control.index), `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
	return { text, encoding };
}

const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** The line (from 1) a position of the text is on. */
function lineAt(text: string, index: number): number {
	return text.slice(0, Math.max(index, 0)).split('\n').length;
}
