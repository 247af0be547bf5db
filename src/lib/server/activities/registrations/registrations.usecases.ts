import type { Database } from '../../db/client.ts';
import { activityNotFound } from '../activities.errors.ts';
import { createRegistrationsRepository, type NewRegistration } from './registrations.repository.ts';
import type { RegistrationRow } from './registrations.table.ts';

/**
 * Takes a place for a person, or puts them on the waiting list when the activity is full, under the
 * activity's lock: the caller has authorised the request and runs this in its transaction. A person
 * already registered gets their registration back instead of a second one (`created: false`).
 */
export async function takePlace({
	db,
	spaceId,
	registration
}: {
	db: Database;
	spaceId: string;
	registration: Omit<NewRegistration, 'status'> & { status?: 'attended' };
}): Promise<{ row: RegistrationRow; token: string | null; created: boolean }> {
	const repository = createRegistrationsRepository({ db, spaceId });
	const activity = await repository.lockActivity(registration.activityId);
	if (!activity) throw activityNotFound(registration.activityId);
	const existing = await repository.findActiveOf(registration.activityId, registration.personId);
	if (existing) return { row: existing, token: null, created: false };
	// a walk-in is in the room already: they attend whether or not a place was free
	const full = activity.capacity !== null && (await repository.placesTaken(registration.activityId)) >= activity.capacity;
	const status = registration.status ?? (full ? 'waitlisted' : 'registered');
	const { row, token } = await repository.insert({ ...registration, status });
	return { row, token, created: true };
}
