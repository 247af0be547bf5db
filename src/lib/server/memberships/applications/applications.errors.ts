import { AppError } from '../../shared/errors.ts';

export const alreadyMemberOfSpace = (organisationId: string) =>
	new AppError('membership_application_member', 'conflict', 'The organisation is already a member of this space.', { organisationId });

export const applicationPending = (organisationId: string) =>
	new AppError('membership_application_pending', 'conflict', 'The organisation has applied already; the space will answer.', { organisationId });

export const notAnApplicant = (organisationId: string) =>
	new AppError('membership_not_applicant', 'conflict', 'The organisation has no open application to this space.', { organisationId });

export const applicationsRateLimited = (retryAfterMinutes: number) =>
	new AppError('membership_application_rate_limited', 'rate_limited', `Too many applications; try again in ${retryAfterMinutes} minutes.`, {
		retryAfterMinutes
	});
