import type { DirectoryFilterKey } from './directory-links.ts';
import { localized, type Locale } from '../../shared/locale.ts';
import { m } from '../../paraglide/messages.js';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { regionByCode } from '../../reference/regions.ts';
import { legalFormLabel } from '../registry-labels.ts';
import type { LocalizedText } from '../../server/shared/localized.ts';

export type FacetKey = Exclude<DirectoryFilterKey, 'q'>;

/** The order in which the directory offers its filters. */
export const facetOrder: FacetKey[] = ['region', 'municipality', 'legalForm', 'field', 'publicInterest', 'space'];

const facetLabels: Record<FacetKey, () => string> = {
	region: m.directory_facet_region,
	municipality: m.directory_facet_municipality,
	legalForm: m.directory_facet_legal_form,
	field: m.directory_facet_field,
	publicInterest: m.directory_facet_public_interest,
	space: m.directory_facet_space
};

export const facetLabel = (facet: FacetKey) => facetLabels[facet]();

/** Names the database keeps (fields of work, spaces), by code or slug. */
export type DirectoryNames = { fields: Record<string, LocalizedText>; spaces: Record<string, LocalizedText> };

export const regionName = (code: string) => regionByCode(code)?.name ?? code;
export const municipalityName = (code: string) => municipalityByCode(code)?.name ?? code;

/** What people read for a value of a facet. */
export function facetValueLabel(facet: FacetKey, value: string, names: DirectoryNames, locale: Locale): string {
	switch (facet) {
		case 'region':
			return regionName(value);
		case 'municipality':
			return municipalityName(value);
		case 'legalForm':
			return legalFormLabel(value);
		case 'field':
			return names.fields[value] ? localized(names.fields[value], locale).text : value;
		case 'space':
			return names.spaces[value] ? localized(names.spaces[value], locale).text : value;
		case 'publicInterest':
			return value === 'yes' ? m.directory_public_interest_yes() : m.directory_public_interest_no();
	}
}
