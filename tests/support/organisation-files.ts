// Registry files in our own CSV layout, for the import tests over HTTP and in Chromium.
const header =
	'registration_number,tax_number,name,short_name,legal_form,street,postal_code,city,municipality_code,email,website,fields,public_interest_fields';

/** A file of our layout with `count` good rows from `first` on, and bad rows where asked. */
export function organisationsCsv(first: number, count: number, bad: Record<number, string> = {}): string {
	const rows = Array.from({ length: count }, (_, index) => {
		const line = index + 2;
		return bad[line] ?? `${first + index},,Društvo uvoženo ${first + index},,association,Glavna cesta 1,4000,Kranj,052,,,culture;youth,culture:2021-03-01`;
	});
	return `${[header, ...rows].join('\n')}\n`;
}
