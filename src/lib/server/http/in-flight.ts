/**
 * Requests the app is still answering. On shutdown the database is closed only once they are done
 * (or after a grace period): closing it under them would fail their queries, and a write whose
 * client already went away would be rolled back halfway through its work.
 */
let inFlight = 0;
const idleWaiters = new Set<() => void>();

export async function trackRequest<T>(answer: () => Promise<T>): Promise<T> {
	inFlight++;
	try {
		return await answer();
	} finally {
		inFlight--;
		if (inFlight === 0) for (const wake of idleWaiters) wake();
	}
}

/** Resolves when no request is being answered, or after `graceMs`, whichever comes first. */
export function requestsFinished(graceMs: number): Promise<void> {
	if (inFlight === 0) return Promise.resolve();
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			idleWaiters.delete(done);
			resolve();
		};
		const timer = setTimeout(done, graceMs);
		idleWaiters.add(done);
	});
}
