import { stringify } from 'csv-stringify/sync';
import { listSeparator, ourColumns } from '../import/file-format.ts';
import type { SyntheticRow } from './synthetic-registry.ts';

/** The synthetic registry as a CSV file in our import format, public-interest fields without dates. */
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
		organisation.fields.join(listSeparator),
		organisation.publicInterest.map((decision) => decision.field).join(listSeparator)
	]);
	return stringify(records, { header: true, columns: [...ourColumns] });
}
