// The part of autocannon's API the benchmarks use (the package ships no types; @types/autocannon
// is not installed).
declare module 'autocannon' {
	type Histogram = { average: number; total: number; p50: number; p99: number; max: number };
	export type Result = { requests: Histogram; latency: Histogram; non2xx: number; errors: number; timeouts: number };
	type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
	/**
	 * `setupRequest` runs before every request of its entry: it may change the path each time;
	 * `onResponse` sees each answer (its status, body and headers).
	 */
	type RequestEntry = Request & {
		setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
		onResponse?: (status: number, body: string, context: Record<string, unknown>, headers?: Record<string, string>) => void;
	};
	export default function autocannon(options: { url: string; connections: number; duration: number; requests?: RequestEntry[] }): Promise<Result>;
}
