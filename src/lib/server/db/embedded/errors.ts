/** A problem with the embedded server that people must act on; its message says what to do. */
export class EmbeddedDatabaseError extends Error {
	readonly code = 'embedded_database';
}
