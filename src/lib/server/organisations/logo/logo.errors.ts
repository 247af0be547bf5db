import { AppError } from '../../shared/errors.ts';
import { maxLogoBytes } from './logo.content.ts';

export const logoMissing = () => new AppError('logo_missing', 'invalid', 'Choose an image file to upload.');

export const logoTooLarge = (bytes: number) =>
	new AppError('logo_too_large', 'invalid', `The logo has ${bytes} bytes; at most ${maxLogoBytes} are allowed.`, { bytes, maxBytes: maxLogoBytes });

export const logoTypeRefused = () => new AppError('logo_type', 'invalid', 'A logo must be a PNG, JPEG or WebP image.');

export const logoNotFound = (organisationId: string) => new AppError('logo_not_found', 'not_found', 'This organisation has no logo.', { organisationId });
