import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import type { ErrorWords } from '../../shared/error-words.ts';
import { formatNumber } from '../../shared/format.ts';

/** Why a file or a mapping was refused as a whole. */
export const errorWords: ErrorWords = {
	import_file_missing: () => m.import_error_file_missing(),
	import_file_format: () => m.import_error_file_format(),
	import_file_unreadable: () => m.import_error_file_unreadable(),
	import_file_legacy_excel: () => m.import_error_file_legacy_excel(),
	import_file_encoding: (details) => m.import_error_file_encoding({ line: countOf(details.line), character: String(details.character ?? '') }),
	import_file_empty: () => m.import_error_file_empty(),
	import_file_too_large: (details) => m.import_error_file_too_large({ megabytes: String(details.maxMegabytes ?? '') }),
	import_mapping_needed: () => m.import_error_mapping_needed(),
	import_mapping_required: (details) => m.import_error_mapping_required({ columns: ((details.columns as string[]) ?? []).join(', ') }),
	import_mapping_column_missing: (details) => m.import_error_mapping_column_missing({ column: String(details.fileColumn ?? '') }),
	import_mapping_unknown_column: (details) => m.import_error_mapping_unknown_column({ column: String(details.column ?? '') }),
	import_not_found: () => m.error_import_not_found(),
	import_not_ready: () => m.import_error_not_ready(),
	import_failed: () => m.import_error_failed(),
	import_file_too_many_rows: (details) => m.import_hardening_too_many_rows({ count: countOf(details.maxRows) }),
	import_file_too_many_columns: (details) => m.import_hardening_too_many_columns({ count: limitOf(details.maxColumns), line: countOf(details.line) }),
	import_file_cell_too_long: (details) =>
		details.line
			? m.import_hardening_cell_too_long({ count: limitOf(details.maxCharacters), line: countOf(details.line) })
			: m.import_hardening_cell_too_long_somewhere({ count: limitOf(details.maxCharacters) }),
	import_file_unpacked_too_large: (details) => m.import_hardening_unpacked_too_large({ megabytes: countOf(details.maxMegabytes) }),
	import_file_compression_ratio: (details) => m.import_hardening_compression_ratio({ ratio: countOf(details.maxRatio) }),
	import_interrupted: () => m.import_hardening_interrupted()
};

/** A limit or a line number from an error's details, written for the reader's locale. */
function countOf(value: unknown): string {
	return typeof value === 'number' ? formatNumber(value, getLocale()) : String(value ?? '');
}

/** A limit from an error's details as a number, which the message writes for the reader's locale and whose plural form it chooses. */
function limitOf(value: unknown): number {
	return Number(value ?? 0);
}
