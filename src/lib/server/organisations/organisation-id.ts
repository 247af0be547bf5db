import { z } from 'zod';
import { organisationNotFound } from './organisations.errors.ts';

/** An id from an address: one that is not a UUID names no organisation (rather than failing the query). */
export function organisationIdOrNotFound(id: string): string {
	if (!z.uuid().safeParse(id).success) throw organisationNotFound(id);
	return id;
}
