import { AppError } from '../shared/errors.ts';

export const fieldNotFound = (code: string) => new AppError('field_not_found', 'not_found', `No field of work has the code "${code}".`, { code });

export const fieldCodeTaken = (code: string) =>
	new AppError('field_code_taken', 'conflict', `A field of work with the code "${code}" already exists.`, { code });

/** A field still named by organisations stays: deleting it would silently change their profiles. */
export const fieldInUse = (code: string, organisations: number) =>
	new AppError(
		'field_in_use',
		'conflict',
		`${organisations} organisations name the field "${code}"; it cannot be deleted until it is removed from their profiles.`,
		{
			code,
			organisations
		}
	);
