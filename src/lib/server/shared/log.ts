import { DrizzleQueryError } from 'drizzle-orm/errors';

/**
 * What the server writes to its log about an error, without the personal data the error may carry:
 * a failed query is logged without its parameters (names, e-mail addresses, phone numbers of the
 * row being written), PostgreSQL's `detail` (which repeats the conflicting values) is left out,
 * and e-mail addresses and phone numbers left in messages are masked.
 */
export function describeErrorForLog(error: unknown): string {
	if (error instanceof DrizzleQueryError) {
		const cause = error.cause === undefined ? '' : `\ncaused by: ${describeErrorForLog(error.cause)}`;
		return `${error.name}: failed query (parameters not logged): ${error.query}${cause}\n${stackFrames(error)}`;
	}
	if (isPostgresError(error)) {
		const where = [error.table_name && `table ${error.table_name}`, error.constraint_name && `constraint ${error.constraint_name}`].filter(Boolean).join(', ');
		return `PostgreSQL error ${error.code}: ${redactPersonalData(error.message)}${where ? ` (${where})` : ''}`;
	}
	if (error instanceof Error) {
		const cause = error.cause === undefined ? '' : `\ncaused by: ${describeErrorForLog(error.cause)}`;
		return `${error.name}: ${redactPersonalData(error.message)}\n${stackFrames(error)}${cause}`;
	}
	return redactPersonalData(typeof error === 'object' && error !== null ? safeJson(error) : String(error));
}

function safeJson(value: object): string {
	try {
		return JSON.stringify(value);
	} catch {
		return String(value);
	}
}

/**
 * One line for a record staff read (a job's last error): the message, or for a failed query its
 * cause, without the query's parameters. Not masked: the record is as private as the job's own data.
 */
export function errorSummary(error: unknown): string {
	if (error instanceof DrizzleQueryError && error.cause !== undefined) return errorSummary(error.cause);
	if (error instanceof Error) return error.message || error.name;
	return String(error);
}

export function logError(label: string, error: unknown): void {
	console.error(`${label}: ${describeErrorForLog(error)}`);
}

const emailAddress = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// seven to fifteen digits, possibly after a + and with spaces, dots or slashes between them; not
// part of a word or of a hyphenated id (a UUID stays readable)
const phoneNumber = /(?<![\w-])\+?\d(?:[ ./]?\d){6,14}(?![\w-])/g;

export function redactPersonalData(text: string): string {
	return text.replace(emailAddress, '[e-mail]').replace(phoneNumber, '[number]');
}

/** The stack without its first line, which repeats the (unredacted) message. */
function stackFrames(error: Error): string {
	return (error.stack ?? '')
		.split('\n')
		.filter((line) => line.trimStart().startsWith('at '))
		.join('\n');
}

type PostgresError = Error & { code: string; severity: string; table_name?: string; constraint_name?: string };

function isPostgresError(error: unknown): error is PostgresError {
	return error instanceof Error && error.name === 'PostgresError' && typeof (error as PostgresError).code === 'string';
}
