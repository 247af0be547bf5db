import { stringify } from 'csv-stringify/sync';
import type { SyntheticRow } from './synthetic-registry.ts';

/** Our own import and export format: one row per organisation, lists separated by `;`. */
export const registryCsvColumns = [
	'registration_number',
	'tax_number',
	'name',
	'short_name',
	'legal_form',
	'street',
	'postal_code',
	'city',
	'municipality_code',
	'email',
	'website',
	'fields',
	'public_interest_fields'
] as const;

/** The synthetic registry as a CSV file in our format (decision dates have no column in it). */
export function syntheticRegistryCsv(rows: readonly SyntheticRow[]): string {
	const records = rows.map(({ organisation }) => [
		organisation.registrationNumber ?? '',
		organisation.taxNumber ?? '',
		organisation.name,
		organisation.shortName ?? '',
		organisation.legalForm,
		organisation.street ?? '',
		organisation.postalCode ?? '',
		organisation.city,
		organisation.municipalityCode,
		organisation.email ?? '',
		organisation.website ?? '',
		organisation.fields.join(';'),
		organisation.publicInterest.map((decision) => decision.field).join(';')
	]);
	return stringify(records, { header: true, columns: [...registryCsvColumns] });
}
