import { errorMessage, hasErrorWords } from '../../shared/error-messages.ts';
import { m } from '../../paraglide/messages.js';

/** A rejected row's reason as people read it; the registry's own problems keep their wording. */
const problems: Record<string, () => string> = {
	registration_number_duplicate: m.import_problem_registration_number_duplicate,
	registration_number_branch_unit: m.import_problem_registration_number_branch_unit,
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
	return problems[code]?.() ?? (hasErrorWords(code) ? errorMessage(code) : m.import_problem_value_invalid());
}

/** A row's problems in one line of words, for the column a file of rejected rows adds. */
export function describeRowProblems(problems: { column?: string; code: string; detail?: string }[]): string {
	return problems
		.map(
			(problem) =>
				`${problem.column ? `${problem.column}: ` : ''}${importProblemLabel(problem.code).replace(/\.$/, '')}${problem.detail ? ` (${problem.detail})` : ''}`
		)
		.join('; ');
}

const rules: Record<string, () => string> = {
	joined: m.import_rule_joined,
	main_unit_number: m.import_rule_main_unit_number,
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

const duplicateReasons: Record<string, () => string> = {
	same_tax_number: m.dup_reason_same_tax_number,
	similar_name: m.dup_reason_similar_name,
	registration_unit: m.dup_reason_registration_unit
};

/** Why an organisation may be one the registry has, in the words of the duplicates page. */
export const duplicateReasonLabel = (reason: string) => duplicateReasons[reason]?.() ?? reason;

/** A CSV delimiter by name, as people would say it. */
export function delimiterName(delimiter: string): string {
	if (delimiter === ';') return m.import_delimiter_semicolon();
	if (delimiter === '\t') return m.import_delimiter_tab();
	return m.import_delimiter_comma();
}
