import type { z } from 'zod';
import type { ImportProblem } from '../organisations.table.ts';
import { columnOfInputField, type OurColumn } from './file-format.ts';

/** What each problem of a row means, in English (the browser shows its own translation by code). */
const englishMessages: Record<string, string> = {
	registration_number_format: 'The registration number must have 7 or 10 digits.',
	registration_number_duplicate: 'The same registration number is on an earlier line',
	registration_number_branch_unit: 'This is a branch (poslovna enota) of the organisation with the registration number',
	organisation_duplicate: 'An organisation with the same name and municipality is on an earlier line',
	tax_number_format: 'The tax number must have 8 digits.',
	tax_number_check_digit: 'The check digit of the tax number is wrong.',
	municipality_unknown: 'No municipality has this code or name.',
	postal_code_format: 'The postal code must have 4 digits.',
	field_unknown: 'Unknown field of work',
	field_code_format: 'Write a field of work as its code, e.g. culture.',
	name_missing: 'The name is missing.',
	legal_form_missing: 'The legal form is missing.',
	legal_form_unknown: 'Unknown legal form; use a code such as association or private_institute.',
	email_invalid: 'This is not an e-mail address.',
	website_invalid: 'The website must be an address starting with http:// or https://.',
	date_invalid: 'Write the date of the decision as YYYY-MM-DD.',
	value_too_long: 'The value is too long.',
	text_invalid_characters: 'The cell holds a line break or an invisible control character; write the value on one line.',
	value_invalid: 'The value is not valid.'
};

export function problem(line: number, column: OurColumn | undefined, code: string, detail?: string): ImportProblem {
	const message = englishMessages[code] ?? englishMessages.value_invalid!;
	return { line, ...(column ? { column } : {}), code, message: detail ? `${message.replace(/\.$/, '')}: ${detail}.` : message, ...(detail ? { detail } : {}) };
}

const namedProblem = /^[a-z][a-z0-9_]*$/;

/** A row's validation issues as problems, one per column (the first issue of each). */
export function problemsOfIssues(line: number, issues: z.core.$ZodIssue[], input: Record<string, unknown>): ImportProblem[] {
	const byColumn = new Map<string, ImportProblem>();
	for (const issue of issues) {
		const field = String(issue.path[0] ?? '');
		const column = columnOfInputField[field];
		const key = column ?? field;
		if (byColumn.has(key)) continue;
		byColumn.set(key, problem(line, column, codeOfIssue(issue, field, input)));
	}
	return [...byColumn.values()];
}

function codeOfIssue(issue: z.core.$ZodIssue, field: string, input: Record<string, unknown>): string {
	// refinements name their problem in snake case; zod's own messages are sentences
	if (namedProblem.test(issue.message)) return issue.message;
	if (field === 'name' && input.name === undefined) return 'name_missing';
	if (field === 'legalForm') return input.legalForm === undefined ? 'legal_form_missing' : 'legal_form_unknown';
	if (field === 'email') return 'email_invalid';
	if (field === 'website' && issue.code !== 'too_big') return 'website_invalid';
	if (field === 'publicInterest' && issue.path.at(-1) === 'decidedOn') return 'date_invalid';
	if (issue.code === 'too_big') return 'value_too_long';
	return 'value_invalid';
}
