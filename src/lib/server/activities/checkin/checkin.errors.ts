import { AppError } from '../../shared/errors.ts';

export const checkinCodeUnknown = (code: string) =>
	new AppError('checkin_code_unknown', 'not_found', `No registration for this activity has the check-in code "${code}".`, { code });

export const checkinRegistrationNotFound = (id: string) =>
	new AppError('checkin_registration_not_found', 'not_found', `The activity has no registration with the id ${id}.`, { id });

export const checkinRegistrationCancelled = (id: string) =>
	new AppError('checkin_registration_cancelled', 'conflict', 'The registration was cancelled; add the person as a walk-in instead.', { id });

export const checkinSessionUnknown = (sessionId: string) =>
	new AppError('checkin_session_unknown', 'invalid', `The activity has no session with the id ${sessionId}.`, { sessionId });

export const checkinNotEnded = (endsAt: string) =>
	new AppError('checkin_not_ended', 'conflict', `No-shows are marked after the last session ended (${endsAt}).`, { endsAt });

export const checkinStatusChange = (from: string, to: string) =>
	new AppError('checkin_status_change', 'conflict', `A registration that is ${from} cannot be made ${to} here.`, { from, to });
