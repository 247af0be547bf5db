import type { Organisation, OrganisationInput } from './organisations.schemas.ts';
import type { OrganisationRow } from './organisations.table.ts';

/** An organisation's own data, without derived columns, as the input schema describes it. */
export function organisationInputOf(row: OrganisationRow): OrganisationInput {
	const optional = {
		shortName: row.shortName,
		registrationNumber: row.registrationNumber,
		taxNumber: row.taxNumber,
		street: row.street,
		postalCode: row.postalCode,
		city: row.city,
		municipalityCode: row.municipalityCode,
		email: row.email,
		website: row.website
	};
	return {
		name: row.name,
		legalForm: row.legalForm,
		aliases: row.aliases,
		fields: row.fields,
		publicInterest: row.publicInterest,
		donationEligible: row.donationEligible,
		...(Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== null)) as Partial<OrganisationInput>)
	};
}

/** The public shape of an organisation: empty optional fields left out, timestamps as ISO strings. */
export function presentOrganisation(row: OrganisationRow, hasLogo = false): Organisation {
	return {
		id: row.id,
		...organisationInputOf(row),
		regionCode: row.regionCode,
		hasLogo,
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString()
	};
}
