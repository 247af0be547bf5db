import { AppError } from '../../shared/errors.ts';

/** Beside the total: the sources add up to something else (both amounts in cents, to name the difference). */
export const moneyTotalsMismatch = (sourcesCents: number, totalCents: number) =>
	new AppError('project_money_totals_mismatch', 'invalid', `The sources add up to ${sourcesCents / 100}, not to the total value ${totalCents / 100}.`, {
		field: 'total',
		sourcesCents,
		totalCents
	});

export const publicCallNotFound = (id: string) => new AppError('public_call_not_found', 'not_found', `There is no public call with the id "${id}".`, { id });
