// The part of autocannon's API the benchmark uses (the package ships no types; @types/autocannon
// is not installed).
declare module 'autocannon' {
	type Histogram = { average: number; total: number; p50: number; p99: number; max: number };
	type Result = { requests: Histogram; latency: Histogram; non2xx: number; errors: number; timeouts: number };
	type Request = { path: string; method?: string; headers?: Record<string, string> };
	/** `setupRequest` gives each request its path (one list walked by every connection). */
	type Requests = { setupRequest: (request: Request, context: Record<string, unknown>) => Request }[];
	export default function autocannon(options: { url: string; connections: number; duration: number; requests?: Requests }): Promise<Result>;
}
