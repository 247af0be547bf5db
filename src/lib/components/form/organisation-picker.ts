/**
 * The form fields of an organisation picker named `name`: the text typed (a name, a registration
 * number), the id of the organisation chosen (a radio button of the search results, or set as you
 * type), and the search button that asks for results without JavaScript.
 */
export function pickerFieldNames(name: string) {
	return { query: name, id: `${name}Id`, search: `${name}_search` };
}

export type OrganisationCandidate = { id: string; name: string; registrationNumber: string | null; city: string | null };
