import { AppError } from '../shared/errors.ts';

export const newsletterListNotFound = (id: string) => new AppError('newsletter_list_not_found', 'not_found', 'There is no such newsletter list.', { id });
export const newsletterListNotPublic = (id: string) =>
	new AppError('newsletter_list_not_public', 'not_found', 'This list takes no sign-ups: it is for the members of the space.', { id });
export const newsletterCampaignNotFound = (id: string) => new AppError('newsletter_campaign_not_found', 'not_found', 'There is no such campaign.', { id });
export const newsletterCampaignNotDraft = (status: string) =>
	new AppError('newsletter_campaign_not_draft', 'conflict', `The campaign is ${status}; only a draft is changed or sent.`, { status });
export const newsletterSignupRefused = () => new AppError('newsletter_signup_refused', 'invalid', 'The sign-up could not be accepted.');
export const newsletterSignupRateLimited = (retryAfterMinutes: number) =>
	new AppError('newsletter_signup_rate_limited', 'rate_limited', 'Too many sign-ups from here; try again later.', {
		retryAfterMinutes,
		retryAfterSeconds: retryAfterMinutes * 60
	});
export const newsletterConfirmLinkInvalid = () =>
	new AppError('newsletter_confirm_link_invalid', 'not_found', 'The confirmation link names no sign-up: it may be mistyped or replaced by a newer one.');
export const newsletterConfirmLinkExpired = () =>
	new AppError('newsletter_confirm_link_expired', 'conflict', 'The confirmation link has expired; sign up again to get a new one.');
export const newsletterUnsubscribeLinkInvalid = () =>
	new AppError('newsletter_unsubscribe_link_invalid', 'not_found', 'The unsubscribe link names no list and address.');
export const newsletterNoStaffAddress = () => new AppError('newsletter_no_staff_address', 'conflict', 'Your account has no e-mail address to send a test to.');
