import { m } from '#lib/paraglide/messages.js';

const topLabels: Record<string, () => string> = {
	name: m.profile_name,
	shortName: m.profile_short_name,
	kind: m.profile_kind,
	regionCode: m.space_region,
	field: m.space_field,
	summary: m.profile_summary,
	mission: m.space_mission,
	vision: m.space_vision,
	socialChallenge: m.space_social_challenge,
	purpose: m.space_purpose,
	generalGoal: m.space_general_goal,
	strategicGoals: m.space_strategic_goals,
	specificGoals: m.space_specific_goals,
	approach: m.space_approach,
	meansOfWork: m.space_means_of_work,
	hostOrganisations: m.space_host_organisations,
	financers: m.space_financers,
	supportProject: m.space_support_project,
	website: m.contact_website,
	contact: m.space_contact,
	socialLinks: m.contact_social
};

const projectLabels: Record<string, () => string> = {
	title: m.profile_title,
	acronym: m.profile_acronym,
	call: m.project_call,
	funder: m.project_funder,
	operator: m.project_operator,
	startDate: m.profile_start_date,
	endDate: m.profile_end_date,
	totalValue: m.project_total_value,
	fundedValue: m.project_funded_value,
	ownFunds: m.project_own_funds,
	problem: m.project_problem,
	goal: m.project_goal,
	partners: m.project_partners,
	results: m.project_results,
	contributions: m.project_contributions
};

/** A readable name of a form field for the error summary, e.g. "Financerji, vrstica 2 (angleško)". */
export function profileFieldLabel(field: string): string {
	const [top = '', second = ''] = field.split('.');
	const parts = field.split('.');
	const language = parts.at(-1) === 'sl' ? ` (${m.language_slovenian()})` : parts.at(-1) === 'en' ? ` (${m.language_english()})` : '';
	const row = parts.find((part) => /^\d+$/.test(part));
	const rowText = row === undefined ? '' : `, ${m.profile_row({ number: String(Number(row) + 1) })}`;
	const section = topLabels[top]?.() ?? top;
	const detail = top === 'supportProject' && projectLabels[second] ? ` – ${projectLabels[second]!()}` : '';
	return `${section}${detail}${rowText}${language}`;
}

const sectionLabels: Record<string, () => string> = {
	basic: m.profile_section_basic,
	goals: m.profile_section_goals,
	means: m.space_means_of_work,
	hosts: m.space_host_organisations,
	financers: m.space_financers,
	project: m.space_support_project,
	projectResults: m.profile_section_project_results,
	contact: m.space_contact
};

/** The name of a part of the profile editor. */
export const sectionLabel = (section: string) => sectionLabels[section]?.() ?? section;
