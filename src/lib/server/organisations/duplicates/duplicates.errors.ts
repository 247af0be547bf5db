import { AppError } from '../../shared/errors.ts';

export const mergeWithItself = (id: string) => new AppError('dup_same_organisation', 'invalid', 'An organisation cannot be merged into itself.', { id });

/** Two registration numbers name two legal persons: merging them needs `force`. */
export const registrationNumbersDiffer = (keep: string, merge: string) =>
	new AppError(
		'dup_registration_numbers_differ',
		'conflict',
		`The organisations have different registration numbers (${keep} and ${merge}); they are probably two organisations. Merge with force if they are one.`,
		{ keep, merge }
	);
