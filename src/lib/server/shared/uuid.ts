/** Whether a text from an address is a uuid: anything else names no row and is not worth a query (it would be an SQL error). */
export function isUuid(text: string): boolean {
	return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
