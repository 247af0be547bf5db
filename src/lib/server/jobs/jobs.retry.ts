const firstRetryMs = 30_000;
const longestWaitMs = 60 * 60_000;

/**
 * How long to wait before the next try after `attempts` failed tries: 30 s, 1 min, 2 min … doubling
 * so that a mail server that is down for a while is not hammered, capped at an hour so that a job
 * still runs soon after the server is back.
 */
export function retryDelayMs(attempts: number): number {
	return Math.min(firstRetryMs * 2 ** Math.max(0, attempts - 1), longestWaitMs);
}
