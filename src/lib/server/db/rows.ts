/** The rows of a raw query (`db.execute`), which postgres.js answers as an array. */
export function rowsOf<Row>(result: unknown): Row[] {
	return result as Row[];
}
