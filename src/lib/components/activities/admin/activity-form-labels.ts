import { m } from '../../../paraglide/messages.js';

/** What each part of the activity form is called, in its list of parts and its heading. */
export const activitySectionLabels: Record<string, () => string> = {
	basics: m.activities_section_basics,
	sessions: m.activities_section_sessions,
	organisers: m.activities_section_organisers,
	registration: m.activities_section_registration,
	evaluation: m.activities_section_evaluation,
	certificate: m.activities_section_certificate
};

const fieldLabels: Record<string, () => string> = {
	title: m.activities_field_title,
	description: m.activities_field_description,
	type: m.activities_field_type,
	pillar: m.activities_field_pillar,
	projectId: m.activities_field_project,
	language: m.activities_field_language,
	visibility: m.activities_field_visibility,
	capacity: m.activities_field_capacity,
	registrationClosesDate: m.activities_field_closes_date,
	registrationClosesTime: m.activities_field_closes_time,
	certificateMinPercent: m.activities_field_certificate,
	date: m.activities_field_date,
	start: m.activities_field_start,
	end: m.activities_field_end,
	address: m.activities_field_address,
	municipalityCode: m.activities_field_municipality,
	url: m.activities_field_url,
	unnamedAttendees: m.activities_field_unnamed,
	kind: m.activities_field_question_kind,
	label: m.activities_field_question_label,
	'options.sl': m.activities_field_options_sl,
	'options.en': m.activities_field_options_en,
	organisation: m.activities_field_organisation
};

const languages: Record<string, () => string> = { sl: m.activities_language_sl, en: m.activities_language_en };

/** A field as the error summary names it: "Srečanje 2: Konec", "Vprašanje 1: Vprašanje (slovenščina)". */
export function activityFieldLabel(field: string): string {
	const parts = field.split('.');
	let row: string | undefined;
	let rest = parts;
	if (parts[0] === 'sessions') row = m.activities_session({ number: String(Number(parts[1]) + 1) });
	if (parts[0] === 'registrationQuestions' || parts[0] === 'evaluationQuestions') row = m.activities_question({ number: String(Number(parts[1]) + 1) });
	if (row) rest = parts.slice(2);
	const whole = rest.join('.');
	if (fieldLabels[whole]) return row ? `${row}: ${fieldLabels[whole]()}` : fieldLabels[whole]();
	const language = languages[rest.at(-1) ?? ''];
	const name = language ? rest.slice(0, -1).join('.') : whole;
	const base = fieldLabels[name]?.() ?? name;
	const label = language ? m.activities_in_language({ label: base, language: language() }) : base;
	return row ? `${row}: ${label}` : label;
}

/** Words for the problems the activity form names by code (beyond the shared ones). */
export const activityProblemWords: Record<string, () => string> = {
	activities_problem_time: m.activities_problem_time,
	activities_problem_end_before_start: m.activities_problem_end_before_start,
	activities_problem_link: m.activities_problem_link,
	activities_problem_address: m.activities_problem_address,
	activities_problem_municipality: m.activities_problem_municipality,
	activities_problem_number: m.activities_problem_number,
	activities_problem_percent: m.activities_problem_percent,
	activities_problem_options: m.activities_problem_options,
	activities_problem_needs_session: m.activities_problem_needs_session,
	session_ends_before_start: m.activities_problem_end_before_start,
	session_place_or_link: m.activities_problem_address,
	question_needs_options: m.activities_problem_options,
	activity_needs_session: m.activities_problem_needs_session,
	activity_type_code_format: m.activities_problem_type_code,
	activity_type_built_in: m.activities_problem_type_built_in,
	problem_choose: m.activities_problem_choose
};
