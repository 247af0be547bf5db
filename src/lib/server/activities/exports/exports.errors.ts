import { AppError } from '../../shared/errors.ts';

export const activityExportPeriodInvalid = (from: string, to: string) =>
	new AppError(
		'activity_export_period_invalid',
		'invalid',
		`The period must be two calendar dates (YYYY-MM-DD), "from" not after "to", at most 10 years apart; got ${from} – ${to}.`,
		{ from, to }
	);
