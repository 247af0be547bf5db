/**
 * Every setting of the embedded PostgreSQL server, in one place. They are passed as `-c` flags at
 * each start, so a changed value reaches existing clusters on their next start. Sized for a small
 * rented server (1 GB) that also runs the app: the whole cluster stays near 60–130 MB.
 */
export const embeddedSettings: Record<string, string> = {
	// only a Unix socket inside the data directory: no TCP port, so installations never collide
	listen_addresses: '',
	unix_socket_permissions: '0700',
	max_connections: '40',
	superuser_reserved_connections: '3',
	shared_buffers: '32MB',
	work_mem: '4MB',
	maintenance_work_mem: '32MB',
	effective_cache_size: '256MB',
	wal_buffers: '1MB',
	min_wal_size: '32MB',
	max_wal_size: '256MB',
	// parallel workers cost a process and memory each; the app shares the cores
	max_worker_processes: '4',
	max_parallel_workers_per_gather: '0',
	max_parallel_maintenance_workers: '0',
	autovacuum_max_workers: '2',
	// JIT compiles queries with LLVM: memory and start-up time for no gain at this size
	jit: 'off',
	huge_pages: 'off',
	TimeZone: 'UTC',
	log_timezone: 'UTC',
	// the log is a file in the data directory; statements' parameters never go into it
	log_min_messages: 'warning',
	log_line_prefix: '%m [%p] ',
	log_parameter_max_length_on_error: '0'
};

/** A throwaway cluster for the test suite: durability traded for speed, more connections. */
export const testClusterSettings: Record<string, string> = {
	max_connections: '200',
	fsync: 'off',
	synchronous_commit: 'off',
	full_page_writes: 'off'
};

export function settingsFlags(settings: Record<string, string>): string[] {
	return Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}
