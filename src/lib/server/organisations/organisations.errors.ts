import { AppError } from '../shared/errors.ts';

export const organisationNotFound = (id: string) => new AppError('organisation_not_found', 'not_found', `No organisation has the id "${id}".`, { id });

export const registrationNumberTaken = (registrationNumber: string, organisationId: string) =>
	new AppError('registration_number_taken', 'conflict', `Another organisation already has the registration number ${registrationNumber}.`, {
		registrationNumber,
		organisationId
	});

export const unknownFields = (codes: string[]) =>
	new AppError('field_unknown', 'invalid', `Unknown fields of work: ${codes.join(', ')}. Use the codes listed at GET /api/v1/fields.`, { codes });
