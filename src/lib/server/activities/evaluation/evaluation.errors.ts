import { AppError } from '../../shared/errors.ts';

export const evaluationLinkInvalid = () => new AppError('evaluation_link_invalid', 'not_found', 'The link is not valid (any more).');

export const evaluationNotSent = () => new AppError('evaluation_not_sent', 'conflict', 'The evaluation of this activity has not been sent yet.');

export const evaluationAlreadyAnswered = () => new AppError('evaluation_already_answered', 'conflict', 'This evaluation was already answered.');

export const evaluationAlreadySent = () => new AppError('evaluation_already_sent', 'conflict', 'The evaluation of this activity was sent already.');

export const evaluationTooEarly = () => new AppError('evaluation_too_early', 'conflict', 'The evaluation can be sent once the first session has started.');

export const evaluationNobodyAttended = () =>
	new AppError('evaluation_nobody_attended', 'conflict', 'Nobody attended the activity yet: there is nobody to send the evaluation to.');
