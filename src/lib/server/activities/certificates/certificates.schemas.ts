import type { LocalizedText } from '../../shared/localized.ts';

/** A certificate of attendance as its page, its PDF and its mail show it. */
export type Certificate = {
	name: string;
	activity: { title: LocalizedText; slug: string; startsAt: string; endsAt: string };
	space: { name: LocalizedText; slug: string };
	attendedSessions: number;
	totalSessions: number;
	/** Hours of the sessions attended. */
	hours: number;
	issuedAt: string;
	code: string;
	locale: 'sl' | 'en';
};
