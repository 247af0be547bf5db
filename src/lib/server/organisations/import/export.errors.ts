import { AppError } from '../../shared/errors.ts';

/** As many exports as this process runs at once are running: a few seconds usually free one. */
export const exportBusy = (retryAfterSeconds: number) =>
	new AppError('export_busy', 'rate_limited', `Too many exports are running right now. Try again in ${retryAfterSeconds} seconds.`, {
		retryAfterSeconds
	});

export const exportRateLimited = (retryAfterSeconds: number) =>
	new AppError('export_rate_limited', 'rate_limited', `Too many exports in a short time. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, {
		retryAfterSeconds,
		retryAfterMinutes: Math.ceil(retryAfterSeconds / 60)
	});
