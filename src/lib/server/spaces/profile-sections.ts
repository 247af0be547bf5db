import type { FormFields } from './profile-form.ts';

/**
 * The profile editor's sections: each is a page of its own (`?section=goals`) with its own save,
 * so a long profile is filled a part at a time and a save touches only the part on the page. A
 * section owns the form fields under its prefixes (the longest matching prefix wins).
 */
export const profileSections = [
	{ id: 'basic', prefixes: ['name', 'shortName', 'kind', 'regionCode', 'field', 'summary'] },
	{ id: 'goals', prefixes: ['mission', 'vision', 'socialChallenge', 'purpose', 'generalGoal', 'strategicGoals', 'specificGoals', 'approach'] },
	{ id: 'means', prefixes: ['meansOfWork'] },
	{ id: 'hosts', prefixes: ['hostOrganisations'] },
	{ id: 'financers', prefixes: ['financers'] },
	{ id: 'contact', prefixes: ['website', 'contact', 'socialLinks'] }
] as const;

export type ProfileSectionId = (typeof profileSections)[number]['id'];

const under = (field: string, prefix: string) => field === prefix || field.startsWith(`${prefix}.`);

/** The section a form field belongs to, if any. */
export function sectionOfField(field: string): ProfileSectionId | undefined {
	let found: { id: ProfileSectionId; length: number } | undefined;
	for (const section of profileSections) {
		for (const prefix of section.prefixes) {
			if (under(field, prefix) && prefix.length > (found?.length ?? -1)) found = { id: section.id, length: prefix.length };
		}
	}
	return found?.id;
}

/** The section an address or a form names; the first one otherwise. */
export function profileSection(id: string | null | undefined): ProfileSectionId {
	return profileSections.find((section) => section.id === id)?.id ?? profileSections[0].id;
}

/** The fields of one section, from a whole form's fields. */
export function fieldsOfSection(fields: FormFields, section: ProfileSectionId): FormFields {
	return Object.fromEntries(Object.entries(fields).filter(([field]) => sectionOfField(field) === section));
}

/**
 * The whole profile as it will be after saving one section: the saved profile's fields with that
 * section's replaced by those sent (a row removed there is gone; anything sent for other sections
 * is ignored, so a save never changes what another section holds).
 */
export function withSection(saved: FormFields, sent: FormFields, section: ProfileSectionId): FormFields {
	const kept = Object.entries(saved).filter(([field]) => sectionOfField(field) !== section);
	return { ...Object.fromEntries(kept), ...fieldsOfSection(sent, section) };
}

/** The top-level profile fields a section changes. */
export function changedKeys(section: ProfileSectionId): string[] {
	const definition = profileSections.find((candidate) => candidate.id === section)!;
	return [...new Set(definition.prefixes.map((prefix) => prefix.split('.')[0]!))];
}
