import { errorMessage } from './error-messages.ts';
import type { Locale } from './locale.ts';
import { m } from './paraglide/messages.js';
import { getLocale } from './paraglide/runtime.js';
import { registryProblem } from './registry-labels.ts';

/** A rejected row's reason as people read it; the registry's own problems keep their wording. */
const problems: Record<string, () => string> = {
	registration_number_duplicate: m.import_problem_registration_number_duplicate,
	organisation_duplicate: m.import_problem_organisation_duplicate,
	name_missing: m.import_problem_name_missing,
	legal_form_missing: m.import_problem_legal_form_missing,
	legal_form_unknown: m.import_problem_legal_form_unknown,
	email_invalid: m.import_problem_email_invalid,
	website_invalid: m.import_problem_website_invalid,
	date_invalid: m.import_problem_date_invalid,
	value_too_long: m.import_problem_value_too_long,
	text_invalid_characters: m.import_problem_text_invalid_characters,
	value_invalid: m.import_problem_value_invalid
};

export function importProblemLabel(code: string): string {
	return problems[code]?.() ?? registryProblem(code) ?? m.import_problem_value_invalid();
}

/** Why a file or a mapping was refused as a whole. */
const errors: Record<string, (details: Record<string, unknown>) => string> = {
	import_file_missing: () => m.import_error_file_missing(),
	import_file_format: () => m.import_error_file_format(),
	import_file_unreadable: () => m.import_error_file_unreadable(),
	import_file_empty: () => m.import_error_file_empty(),
	import_file_too_large: (details) => m.import_error_file_too_large({ megabytes: String(details.maxMegabytes ?? '') }),
	import_mapping_needed: () => m.import_error_mapping_needed(),
	import_mapping_required: (details) => m.import_error_mapping_required({ columns: ((details.columns as string[]) ?? []).join(', ') }),
	import_mapping_column_missing: (details) => m.import_error_mapping_column_missing({ column: String(details.fileColumn ?? '') }),
	import_mapping_unknown_column: (details) => m.import_error_mapping_unknown_column({ column: String(details.column ?? '') }),
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
	return typeof value === 'number' ? formatCount(value, getLocale()) : String(value ?? '');
}

/** A limit from an error's details as a number, which the message writes for the reader's locale and whose plural form it chooses. */
function limitOf(value: unknown): number {
	return Number(value ?? 0);
}

export function importErrorMessage(code: string, details: Record<string, unknown> = {}): string {
	return errors[code]?.(details) ?? errorMessage(code, details);
}

const rules: Record<string, () => string> = {
	joined: m.import_rule_joined,
	legal_form_or_name: m.import_rule_legal_form_or_name,
	postal_code_digits: m.import_rule_postal_code_digits,
	city_or_post: m.import_rule_city_or_post,
	municipality_code_or_name: m.import_rule_municipality_code_or_name,
	website_scheme: m.import_rule_website_scheme
};

export const importRuleLabel = (rule: string) => rules[rule]?.() ?? rule;

const layouts: Record<string, () => string> = {
	ours: m.import_layout_ours,
	ajpes: m.import_layout_ajpes,
	mapped: m.import_layout_mapped
};

export const importLayoutLabel = (kind: string) => layouts[kind]?.() ?? kind;

const statuses: Record<string, () => string> = {
	previewed: m.import_status_previewed,
	queued: m.import_status_queued,
	running: m.import_status_running,
	done: m.import_status_done,
	failed: m.import_status_failed
};

export const importStatusLabel = (status: string) => statuses[status]?.() ?? status;

/** `30.000` / `30,000`. */
export function formatCount(value: number, locale: Locale): string {
	return new Intl.NumberFormat(locale === 'sl' ? 'sl-SI' : 'en-GB').format(value);
}
