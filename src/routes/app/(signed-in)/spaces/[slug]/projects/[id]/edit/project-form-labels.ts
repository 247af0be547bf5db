import { m } from '#lib/paraglide/messages.js';

/** What each part of the form is called, in its list of parts and its heading. */
export const sectionLabels: Record<string, () => string> = {
	basics: m.project_admin_section_basics,
	texts: m.project_admin_section_texts,
	objectives: m.project_admin_section_objectives,
	strands: m.project_admin_section_strands,
	links: m.project_admin_section_links,
	contact: m.project_admin_section_contact
};

const fieldLabels: Record<string, () => string> = {
	title: m.project_admin_field_title,
	acronym: m.projects_field_acronym,
	slug: m.projects_field_slug,
	startsOn: m.projects_field_starts_on,
	endsOn: m.projects_field_ends_on,
	predecessorId: m.project_admin_field_predecessor,
	problem: m.project_admin_field_problem,
	goal: m.project_admin_field_goal,
	description: m.project_admin_field_description,
	results: m.project_admin_field_results,
	url: m.project_admin_field_link_url,
	'contact.name': m.project_admin_field_contact_name,
	'contact.email': m.project_admin_field_contact_email,
	'contact.phone': m.project_admin_field_contact_phone
};

const languages: Record<string, () => string> = { sl: m.language_slovenian, en: m.language_english };

/** A field of a row, or of the form, as the error summary names it: "Splošni cilj 2: Cilj (slovensko)". */
export function projectFieldLabel(field: string): string {
	const parts = field.split('.');
	const number = (index: string | undefined) => String(Number(index) + 1);
	let row: string | undefined;
	let rest = parts;
	if (parts[0] === 'objectives' && parts[2] === 'objectives') {
		row = m.project_admin_specific_objective({ general: number(parts[1]), number: number(parts[3]) });
		rest = parts.slice(4);
	} else if (parts[0] === 'objectives' || parts[0] === 'strands' || parts[0] === 'links') {
		const say = { objectives: m.project_admin_general_objective, strands: m.project_admin_strand, links: m.project_admin_link }[parts[0]];
		row = say({ number: number(parts[1]) });
		rest = parts.slice(2);
	}
	const language = languages[rest.at(-1) ?? ''];
	const name = language ? rest.slice(0, -1).join('.') : rest.join('.');
	const base =
		row && name === 'title'
			? parts[0] === 'objectives'
				? m.project_admin_field_objective_title()
				: parts[0] === 'strands'
					? m.project_admin_field_strand_title()
					: m.project_admin_field_link_title()
			: (fieldLabels[name]?.() ?? name);
	const label = language ? m.project_admin_in_language({ label: base, language: language() }) : base;
	return row ? m.project_admin_row_field({ row, field: label }) : label;
}
