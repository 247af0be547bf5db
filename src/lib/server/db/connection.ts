import postgres from 'postgres';

/** Every Stičišče process names its connections so, to see whether it is the last one using an embedded server. */
export const applicationName = 'sticisce';

/**
 * A postgres.js client for a URL. A Unix socket is named the way libpq names it,
 * `postgres://user@localhost/db?host=/path/to/socket-dir`, and passed on as the host.
 */
export function connect(url: string, options: { max?: number; connectTimeout?: number; applicationName?: string } = {}) {
	const parsed = new URL(url);
	const socketDir = parsed.searchParams.get('host');
	parsed.searchParams.delete('host');
	return postgres(parsed.toString(), {
		max: options.max ?? 10,
		onnotice: () => {},
		connection: { application_name: options.applicationName ?? applicationName },
		...(options.connectTimeout ? { connect_timeout: options.connectTimeout } : {}),
		...(socketDir ? { host: socketDir } : {})
	});
}
