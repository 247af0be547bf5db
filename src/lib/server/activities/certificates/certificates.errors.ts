import { AppError } from '../../shared/errors.ts';

export const certificateLinkInvalid = () => new AppError('certificate_link_invalid', 'not_found', 'The link names no certificate (any more).');

export const certificateNotFound = (code: string) => new AppError('certificate_not_found', 'not_found', `No certificate has the code "${code}".`, { code });

export const certificatesNotOffered = () =>
	new AppError('certificates_not_offered', 'conflict', 'The activity gives no certificates: it has no attendance rule (share of sessions).');

export const certificatesTooEarly = () => new AppError('certificates_too_early', 'conflict', 'Certificates are issued once the last session has ended.');
