import { AppError } from '../shared/errors.ts';

export const personNotFound = (id: string) => new AppError('person_not_found', 'not_found', `No person has the id "${id}".`, { id });

export const personErased = (id: string) => new AppError('person_erased', 'conflict', 'This person was erased; their record can no longer be changed.', { id });

export const affiliationNotFound = (id: string) =>
	new AppError('affiliation_not_found', 'not_found', `The person has no affiliation with the id "${id}".`, { id });

export const affiliationEndsBeforeStart = (since: string) =>
	new AppError('affiliation_until_before_since', 'invalid', `The end date is before the start date (${since}); enter a date on or after it.`, { since });

export const organisationNotMatched = (typed: string) =>
	new AppError('organisation_not_matched', 'invalid', `No organisation has the registration number or the name "${typed}".`, { typed });

export const organisationAmbiguous = (typed: string, count: number) =>
	new AppError('organisation_ambiguous', 'invalid', `${count} organisations are named "${typed}"; give the registration number.`, {
		typed,
		count
	});
