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
	website: m.contact_website,
	contact: m.space_contact,
	socialLinks: m.contact_social
};

/** The parts of a row or of the contact, by the last part of their field's name. */
const partLabels: Record<string, () => string> = {
	name: m.profile_organisation_name,
	role: m.profile_role,
	website: m.contact_website,
	url: m.profile_url,
	network: m.profile_network,
	title: m.profile_title,
	items: m.profile_items,
	code: m.profile_code,
	person: m.contact_person,
	email: m.contact_email,
	phone: m.contact_phone,
	address: m.contact_address
};

/** A readable name of a form field for the error summary, e.g. "Financerji, vrstica 2 – Spletna stran" or "Ime (angleško)". */
export function profileFieldLabel(field: string): string {
	const parts = field.split('.');
	const [top = ''] = parts;
	const last = parts.at(-1);
	const language = last === 'sl' ? ` (${m.language_slovenian()})` : last === 'en' ? ` (${m.language_english()})` : '';
	const row = parts.find((part) => /^\d+$/.test(part));
	const rowText = row === undefined ? '' : `, ${m.profile_row({ number: String(Number(row) + 1) })}`;
	const section = topLabels[top]?.() ?? top;
	const named = parts.filter((part) => part !== 'sl' && part !== 'en' && !/^\d+$/.test(part)).at(-1);
	const part = named && named !== top && partLabels[named] ? ` – ${partLabels[named]()}` : '';
	return `${section}${rowText}${part}${language}`;
}

const sectionLabels: Record<string, () => string> = {
	basic: m.profile_section_basic,
	goals: m.profile_section_goals,
	means: m.space_means_of_work,
	hosts: m.space_host_organisations,
	financers: m.space_financers,
	contact: m.space_contact
};

/** The name of a part of the profile editor. */
export const sectionLabel = (section: string) => sectionLabels[section]?.() ?? section;
