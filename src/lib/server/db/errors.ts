/** PostgreSQL's code for unique_violation. */
export function isUniqueViolation(error: unknown): boolean {
	let current: unknown = error;
	// drizzle wraps driver errors; the SQLSTATE sits on the cause
	for (let depth = 0; current && depth < 3; depth++) {
		if ((current as { code?: unknown }).code === '23505') return true;
		current = (current as { cause?: unknown }).cause;
	}
	return false;
}
