import { AppError } from '../../shared/errors.ts';

export const registrationClosed = (activityId: string) =>
	new AppError('registration_closed', 'conflict', 'Registration for this activity has closed.', { activityId });

export const registrationActivityCancelled = (activityId: string) =>
	new AppError('registration_activity_cancelled', 'conflict', 'The activity was cancelled; it takes no registrations.', { activityId });

export const registrationAnswerMissing = (questionId: string) =>
	new AppError('registration_answer_missing', 'invalid', `The question ${questionId} needs an answer.`, { questionId });

export const registrationAnswerInvalid = (questionId: string) =>
	new AppError('registration_answer_invalid', 'invalid', `The answer to question ${questionId} is not one it takes.`, { questionId });

export const registrationsRateLimited = (retryAfterMinutes: number) =>
	new AppError('registration_rate_limited', 'rate_limited', 'Too many registrations from here; try again later.', {
		retryAfterMinutes,
		retryAfterSeconds: retryAfterMinutes * 60
	});

/** The honeypot field was filled: a robot, most likely. Nothing is stored. */
export const registrationRefused = () => new AppError('registration_refused', 'invalid', 'The registration could not be accepted.');

export const registrationLinkInvalid = () =>
	new AppError('registration_link_invalid', 'not_found', 'The link names no registration: it may be mistyped or replaced by a newer one.');

export const registrationNotOffered = (status: string) =>
	new AppError('registration_not_offered', 'conflict', `The registration is ${status}; there is no offer to accept.`, { status });

export const registrationOfferLapsed = () => new AppError('registration_offer_lapsed', 'conflict', 'The offer of a place has lapsed.');

export const registrationNotCancellable = (status: string) =>
	new AppError('registration_not_cancellable', 'conflict', `A registration that is ${status} cannot be cancelled.`, { status });

export const registrationOrganisationNotAllowed = (organisationId: string) =>
	new AppError('registration_organisation_not_allowed', 'forbidden', 'Member editors register people of their own organisation only.', { organisationId });
