import postgres from 'postgres';

/**
 * Every Stičišče process names its connections `sticisce:<pid>`: an operator sees in
 * pg_stat_activity which process holds which, and a process can tell whether it is the last one
 * using an embedded server.
 */
export const applicationName = 'sticisce';
export const processApplicationName = `${applicationName}:${process.pid}`;

/**
 * A postgres.js client for a URL. A Unix socket is named the way libpq names it,
 * `postgres://user@localhost/db?host=/path/to/socket-dir`, and passed on as the host.
 */
export function connect(url: string, options: { max?: number; connectTimeout?: number; applicationName?: string; holdOpen?: boolean } = {}) {
	const parsed = new URL(url);
	const socketDir = parsed.searchParams.get('host');
	parsed.searchParams.delete('host');
	return postgres(parsed.toString(), {
		max: options.max ?? 10,
		onnotice: () => {},
		connection: { application_name: options.applicationName ?? processApplicationName },
		// postgres.js closes connections after 30–60 minutes by default; 0 keeps a held one open
		...(options.holdOpen ? { max_lifetime: 0, idle_timeout: 0 } : {}),
		...(options.connectTimeout ? { connect_timeout: options.connectTimeout } : {}),
		...(socketDir ? { host: socketDir } : {})
	});
}
