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

/** The constraint a foreign_key_violation (23503) broke, when the error is one. */
export function violatedForeignKey(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; current && depth < 3; depth++) {
		const { code, constraint_name } = current as { code?: unknown; constraint_name?: unknown };
		if (code === '23503') return typeof constraint_name === 'string' ? constraint_name : '';
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}
