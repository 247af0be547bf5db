import { foldText } from '../../reference/fold-text.ts';
import { regionOfMunicipality } from '../../reference/municipalities.ts';
import type { OrganisationInput } from './organisations.schemas.ts';

/**
 * The columns derived from an organisation's own data: what search and ordering use, and the
 * region of its municipality. Every write (form, API, import, merge) goes through this.
 */
export function derivedColumns(input: OrganisationInput) {
	const searchable = [input.name, input.shortName, ...input.aliases, input.city, input.registrationNumber, input.taxNumber];
	return {
		searchText: foldText(searchable.filter(Boolean).join(' ')),
		sortName: foldText(input.name),
		regionCode: input.municipalityCode ? (regionOfMunicipality(input.municipalityCode) ?? null) : null
	};
}
