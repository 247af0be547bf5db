/**
 * Check-ins made on the phone wait here until the server has them: each is stored (localStorage)
 * before it is sent, so a check-in made while the connection drops survives a reload and is sent
 * when the connection returns. The server answers a repeated one as already done, so sending one
 * twice (a reply lost on the way back) never counts twice.
 */
export type QueuedCheckIn = {
	/** The phone's id for the check-in. */
	clientId: string;
	kind: 'in' | 'out';
	sessionId: string;
	registrationId?: string;
	code?: string;
	/** When the phone checked the person in: the server keeps this time, not the time it arrived. */
	checkedInAt: string;
	method: 'tap' | 'code' | 'scan';
	/** The name shown while it waits (a code not in the phone's list has none). */
	name?: string;
};

const keyOf = (activityId: string) => `sticisce-checkin-queue:${activityId}`;

export function loadQueue(storage: Storage, activityId: string): QueuedCheckIn[] {
	try {
		const stored = JSON.parse(storage.getItem(keyOf(activityId)) ?? '[]');
		return Array.isArray(stored) ? stored : [];
	} catch {
		return [];
	}
}

export function saveQueue(storage: Storage, activityId: string, queue: QueuedCheckIn[]): void {
	if (queue.length) storage.setItem(keyOf(activityId), JSON.stringify(queue));
	else storage.removeItem(keyOf(activityId));
}

/** A fresh id for a check-in, also where `crypto.randomUUID` is missing (pages served over plain HTTP). */
export function newClientId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export type SendOutcome =
	| { kind: 'done'; body: { registrationId: string; name?: string; checkedInAt?: string; alreadyCheckedIn?: boolean; status?: string } }
	| { kind: 'refused'; code: string }
	| { kind: 'retry' };

/** Sends one check-in (or its undoing) to the API; `retry` when the connection or the server failed. */
export async function sendQueued(activityId: string, item: QueuedCheckIn): Promise<SendOutcome> {
	let response: Response;
	try {
		response = await fetch(`/api/v1/activities/${activityId}/checkin`, {
			method: item.kind === 'in' ? 'POST' : 'DELETE',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(
				item.kind === 'in'
					? {
							sessionId: item.sessionId,
							...(item.registrationId ? { registrationId: item.registrationId } : { code: item.code }),
							checkedInAt: item.checkedInAt,
							clientId: item.clientId,
							method: item.method
						}
					: { sessionId: item.sessionId, registrationId: item.registrationId }
			)
		});
	} catch {
		return { kind: 'retry' };
	}
	if (response.status >= 500 || response.status === 401 || response.status === 408 || response.status === 429) return { kind: 'retry' };
	const body = await response.json().catch(() => ({}));
	if (!response.ok) return { kind: 'refused', code: String(body?.code ?? 'internal_error') };
	return { kind: 'done', body };
}
