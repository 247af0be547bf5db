/**
 * Domain errors carry a stable `code` that clients may rely on; the HTTP status is derived from
 * the kind of failure in one place (`httpStatusOf`), and internals never reach the message.
 */
export type ErrorKind =
	'not_found' | 'conflict' | 'invalid' | 'unauthenticated' | 'forbidden' | 'rate_limited' | 'unsupported_media_type' | 'precondition_failed' | 'unprocessable';

export class AppError extends Error {
	readonly code: string;
	readonly kind: ErrorKind;
	readonly details: Record<string, unknown> | undefined;

	constructor(code: string, kind: ErrorKind, message: string, details?: Record<string, unknown>) {
		super(message);
		this.name = 'AppError';
		this.code = code;
		this.kind = kind;
		this.details = details;
	}
}

const statusByKind: Record<ErrorKind, number> = {
	not_found: 404,
	conflict: 409,
	invalid: 400,
	unauthenticated: 401,
	forbidden: 403,
	rate_limited: 429,
	unsupported_media_type: 415,
	precondition_failed: 412,
	unprocessable: 422
};

export function httpStatusOf(error: AppError): number {
	return statusByKind[error.kind];
}

export function isAppError(error: unknown): error is AppError {
	return error instanceof AppError;
}
