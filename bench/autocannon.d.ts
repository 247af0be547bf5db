// The part of autocannon's API the benchmark uses (the package ships no types; @types/autocannon
// is not installed).
declare module 'autocannon' {
	type Histogram = { average: number; total: number; p50: number; p99: number; max: number };
	type Result = { requests: Histogram; latency: Histogram; non2xx: number; errors: number; timeouts: number };
	export default function autocannon(options: { url: string; connections: number; duration: number }): Promise<Result>;
}
